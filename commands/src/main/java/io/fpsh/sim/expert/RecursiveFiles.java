package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/** The files under directory operands, for {@code grep -r}: depth first, names in byte order (readdir's is unknown). */
final class RecursiveFiles {

    private RecursiveFiles() {}

    /**
     * Each operand, or the files under it when it is a directory, named as grep names them: {@code dir/sub/file};
     * with {@code implicitDot} (grep -r without operands) the files under {@code .} lose their {@code ./}.
     */
    static List<String> expand(CommandCall call, List<String> operands, boolean implicitDot) {
        List<String> files = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-") || !call.context().fileSystem().isDirectory(call.resolve(operand))) {
                files.add(operand);
                continue;
            }
            walk(call.context().fileSystem(), call.resolve(operand), implicitDot ? "" : withSlash(operand), files);
        }
        return files;
    }

    private static String withSlash(String name) {
        return name.endsWith("/") ? name : name + "/";
    }

    private static void walk(SimFileSystem fs, String directory, String shownPrefix, List<String> files) {
        List<String> names;
        try {
            names = new ArrayList<>(fs.list(directory));
        } catch (SimFileException e) {
            return;
        }
        names.sort(null);
        for (String name : names) {
            String path = SimPaths.resolve(directory, "/", name);
            boolean link = fs.linkTarget(path).isPresent();
            if (fs.isDirectory(path) && !link) {
                walk(fs, path, shownPrefix + name + "/", files);
            } else if (!link && !fs.isDirectory(path)) {
                files.add(shownPrefix + name); // grep -r skips symbolic links it meets (not -R)
            }
        }
    }
}
