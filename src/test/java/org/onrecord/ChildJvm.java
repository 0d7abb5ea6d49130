package org.onrecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Starts a class's main method in a JVM of its own, on the tests' class path, for faults that need a real process. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder of(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String data = System.getProperty("onrecord.data");
        if (data != null) {
            command.add("-Donrecord.data=" + data); // the child keeps its backups where the tests keep theirs
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs it to the end and returns its exit status, stdout and stderr. */
    public static Result run(List<String> jvmOptions, Class<?> main, String... args) throws IOException, InterruptedException {
        Process process = of(jvmOptions, main, args).start();
        process.getOutputStream().close();
        var err = new CompletableFuture<String>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), UTF_8);
        int status = process.waitFor();
        return new Result(status, out, err.join());
    }

    public record Result(int status, String out, String err) {
    }
}
