package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve and search when something is wrong: one clear line and an exit code, nothing created. */
class ServeCommandTest {
    @Test
    void aPortInUseIsOneLineAndExitCodeOne(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        StoreWriter.open(store).close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.run("serve", "--store", store.toString(), "--port", "" + taken.getLocalPort());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("dateline serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                + ": the port is already in use (another server?); choose another with --port");
        }
    }

    @Test
    void anAddressThisMachineDoesNotHaveIsOneLineToo(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        StoreWriter.open(store).close();
        // TEST-NET-1 (RFC 5737): never assigned to a machine, so binding to it fails.
        CliRun r = CliRun.run("serve", "--store", store.toString(), "--host", "192.0.2.1", "--port", "0");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("dateline serve: cannot listen on 192.0.2.1:0: ").doesNotContain("\n");
    }

    @Test
    void serveSearchAndExportOnAMissingStoreSaySoAndCreateNothing(@TempDir Path dir) {
        Path missing = dir.resolve("no-store-here");
        for (String[] args : new String[][] {
                {"serve", "--store", missing.toString(), "--port", "0"},
                {"search", "--store", missing.toString(), "x"},
                {"export", "--store", missing.toString(), "--out", dir.resolve("out").toString()}}) {
            CliRun r = CliRun.run(args);
            assertThat(r.exit()).as(args[0]).isEqualTo(1);
            assertThat(r.err().strip()).as(args[0])
                .isEqualTo("dateline " + args[0] + ": " + missing + ": no Dateline store here (run `dateline ingest` first)");
            assertThat(Files.exists(missing)).as(args[0]).isFalse();
        }
    }

    @Test
    void theHelpTellsOfTheHostCheck() {
        assertThat(CliRun.run("serve", "--help").out()).contains("--allow-host=NAME", "421", "DNS rebinding");
    }
}
