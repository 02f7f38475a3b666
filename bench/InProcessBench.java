import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.target.Targets;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * In-process medians on the default lab after the fix: a clish command ({@code show network}) and an expert
 * {@code curl -k} against the lab's real TLS server. Run by bench/run with the fat jar on the class path.
 */
public class InProcessBench {
    public static void main(String[] args) throws Exception {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        DeviceIo io = new DeviceIo() {
            public PrintStream out() { return sink; }
            public PrintStream err() { return sink; }
            public String readPassword(String prompt) { return "Admin123"; }
            public String readLine(String prompt) { return ""; }
        };
        try (Device device = Targets.open(Targets.DEFAULT)) {
            device.run("configure network dns servers 192.0.2.11", io);
            System.out.printf("in-process show network: median %.3f ms over 2000 runs%n", median(device, "show network", io, 2000));
            device.run("expert", io);
            device.run("sudo su -", io);
            System.out.printf("in-process curl -k https://api-sse.cisco.com: median %.3f ms over 100 runs%n",
                    median(device, "curl -s -k https://api-sse.cisco.com", io, 100));
        }
    }

    private static double median(Device device, String line, DeviceIo io, int runs) {
        for (int i = 0; i < runs / 4; i++) {
            device.run(line, io);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            device.run(line, io);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
