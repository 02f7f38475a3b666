package io.fpsh.local;

import io.fpsh.tools.curl.CurlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * curl's access to the operator's files, limited to what the command line names as trust anchors: the
 * {@code --cacert} file and the hash-named files of the {@code --capath} directory. Anything else reads as
 * missing ({@code -d @file} sends nothing) and {@code -o FILE} writes are refused ({@code -o /dev/null} works).
 */
final class LocalCurlFiles implements CurlFiles {

    /** curl's options that take the next word as their value (short letters may end a cluster such as -sSo). */
    private static final Set<String> LONG_WITH_VALUE = Set.of("--max-time", "--connect-timeout", "--max-redirs",
            "--max-filesize", "--cacert", "--capath", "--proxy", "--header", "--request", "--data", "--data-raw",
            "--data-binary", "--data-ascii", "--output", "--write-out", "--resolve", "--user-agent", "--url");
    private static final String SHORT_WITH_VALUE = "mxHXdowA";
    /** OpenSSL looks certificates up in a CApath by subject-hash file names (c_rehash's "1a2b3c4d.0"). */
    private static final java.util.regex.Pattern HASHED_NAME = java.util.regex.Pattern.compile("[0-9a-f]{8}\\.[0-9]+");

    private final Path workingDirectory;
    private final Path caFile;
    private final Path caDirectory;

    private LocalCurlFiles(Path workingDirectory, Path caFile, Path caDirectory) {
        this.workingDirectory = workingDirectory;
        this.caFile = caFile;
        this.caDirectory = caDirectory;
    }

    /** The files {@code curl ARGS} run in {@code workingDirectory} may read. */
    static LocalCurlFiles forArguments(List<String> args, String workingDirectory) {
        Path cwd = Path.of(workingDirectory);
        Path file = null;
        Path directory = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasNext = i + 1 < args.size();
            if (arg.equals("--cacert") && hasNext) {
                file = cwd.resolve(args.get(++i)).normalize();
            } else if (arg.equals("--capath") && hasNext) {
                directory = cwd.resolve(args.get(++i)).normalize();
            } else if (LONG_WITH_VALUE.contains(arg) || endsWithShortValueOption(arg)) {
                i++; // the value is not an option, whatever it looks like
            }
        }
        return new LocalCurlFiles(cwd, file, directory);
    }

    /** "-o" or "-sSo": the next word is the value. "-ofile" carries its own. */
    private static boolean endsWithShortValueOption(String arg) {
        if (!arg.startsWith("-") || arg.startsWith("--") || arg.length() < 2) return false;
        for (int c = 1; c < arg.length(); c++) {
            if (SHORT_WITH_VALUE.indexOf(arg.charAt(c)) >= 0) return c == arg.length() - 1;
        }
        return false;
    }

    @Override
    public Optional<byte[]> read(String path) {
        Path wanted = workingDirectory.resolve(path).normalize();
        boolean named = wanted.equals(caFile) || (caDirectory != null && caDirectory.equals(wanted.getParent()));
        if (!named) return Optional.empty();
        try {
            return Files.isRegularFile(wanted) ? Optional.of(Files.readAllBytes(wanted)) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> list(String directory) {
        Path wanted = workingDirectory.resolve(directory).normalize();
        if (!wanted.equals(caDirectory)) return List.of();
        try (Stream<Path> entries = Files.list(wanted)) {
            // other files (ca.pem...) are never opened by OpenSSL; a hash name that does not match is not checked
            return entries.filter(entry -> HASHED_NAME.matcher(entry.getFileName().toString()).matches())
                    .map(Path::toString).sorted().toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    /** Not yet: fpsh does not write the operator's files. */
    @Override
    public boolean write(String path, byte[] content) {
        return false;
    }
}
