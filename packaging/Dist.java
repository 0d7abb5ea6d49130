import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the installed app and its installer from {@code target/onrecord.jar} and {@code target/lib}
 * (run by {@code ./mvnw -Pdist package}; docs/installing.md, docs/decisions/0017):
 * <ol>
 * <li>the CoreNLP models jar stripped to the files the pipeline loads ({@code packaging/models.txt});</li>
 * <li>a runtime trimmed with jlink to the modules jdeps finds, plus the few it cannot see;</li>
 * <li>a jpackage app image (JavaFX in the runtime, the other jars on the class path);</li>
 * <li>a JDK 25 AOT cache recorded by a training run of that app image (window up to its first frame);</li>
 * <li>the native package of this system: .deb on Linux, .msi on Windows, .dmg on macOS.</li>
 * </ol>
 * Usage: {@code java packaging/Dist.java TARGET_DIR VERSION [TYPES]} (TYPES: auto, app-image, deb, rpm, msi, exe, dmg, pkg).
 */
public final class Dist {
    /** Modules jdeps cannot see, with why. */
    private static final List<String> EXTRA_MODULES = List.of(
            "jdk.charsets",     // HTML pages declare Shift_JIS, EUC-KR, GBK… by name (Charset.forName)
            "jdk.zipfs",        // zip file systems that libraries open by URI
            "java.naming",      // JNDI look-ups that Flyway and the JDBC driver make by reflection
            "jdk.unsupported"); // sun.misc.Unsafe, which pdfbox-io (unmapping) and graphics2d (report paints) look up by name
    /** As STACK.md says: ControlsFX and RichTextFX reach into JavaFX internals when JavaFX is on the module path. */
    private static final List<String> JAVA_OPTIONS = List.of(
            "-Xmx1536m",
            "--enable-native-access=javafx.graphics,ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
            "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED",
            "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED",
            "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED",
            "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED",
            // macOS: the open-file event of a case double-clicked in Finder reaches us through Glass (ui/MacOpenFilesEvent)
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED");
    private static final String MAIN_CLASS = "org.onrecord.Launcher";
    /** 2000-01-01T00:00:00Z; packaging/jpackage/linux/postinst sets the same (touch -d @946684800). */
    private static final Instant FIXED_FILE_TIME = Instant.ofEpochSecond(946_684_800L);

    private final Path target;
    private final Path packaging;
    private final Path dist;
    private final String version;
    private final Os os = Os.current();

    private Dist(Path target, Path packaging, String version) {
        this.target = target;
        this.packaging = packaging;
        this.dist = target.resolve("dist");
        this.version = version.replaceAll("[^0-9.].*$", "");  // 0.1.0-SNAPSHOT → 0.1.0: installers want numbers
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--windows-main-wxs")) {
            // java packaging/Dist.java --windows-main-wxs JPACKAGES_MAIN_WXS OUT (what the .msi build does, for a test)
            Path packagingDir = Path.of("packaging").toAbsolutePath();
            Files.writeString(Path.of(args[2]), withCliOnPath(Files.readString(Path.of(args[1])), packagingDir));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: java packaging/Dist.java TARGET_DIR VERSION [auto|app-image|deb|rpm|msi|exe|dmg|pkg,…]");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        Path packaging = target.getParent().resolve("packaging");
        Dist build = new Dist(target, packaging, args[1]);
        String types = args.length > 2 ? args[2] : "auto";
        build.run(types.equals("auto") ? List.of(build.os.packageType) : List.of(types.split(",")));
    }

    private void run(List<String> types) throws Exception {
        long start = System.nanoTime();
        Path image = dist.resolve(os.imageDirName());
        if (Boolean.getBoolean("dist.reuseImage") && Files.isDirectory(image)) {
            step("reusing the app image %s (-Ddist.reuseImage=true)", image);  // only the package again
            try (Stream<Path> old = Files.list(dist)) {
                for (Path f : old.filter(f -> f.getFileName().toString().matches(".*\\.(deb|rpm|msi|exe|dmg|pkg)")).toList()) {
                    Files.delete(f);
                }
            }
        } else {
            deleteTree(dist);
            Files.createDirectories(dist);
            Path input = prepareInput();
            Path runtime = linkRuntime(input);
            image = appImage(input, runtime);
            recordAotCache(image);
        }
        for (String type : types) {
            if (!type.equals("app-image")) {
                nativePackage(image, type);
            }
        }
        step("done in %d s; output in %s", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), dist);
    }

    // ---- 1. input: the app jar, its libraries (JavaFX goes into the runtime), the stripped models

    private Path prepareInput() throws IOException {
        Path lib = target.resolve("lib");
        Path input = dist.resolve("input");
        Path inputLib = input.resolve("lib");
        Files.createDirectories(inputLib);
        Files.copy(target.resolve("onrecord.jar"), input.resolve("onrecord.jar"));
        List<PathMatcher> leftOut = globs(packaging.resolve("jars-left-out.txt"));
        long leftOutBytes = 0;
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    continue;  // linked into the runtime
                }
                if (leftOut.stream().anyMatch(m -> m.matches(Path.of(name)))) {
                    leftOutBytes += Files.size(jar);  // a part of CoreNLP the app never runs
                    continue;
                }
                if (name.endsWith("-models.jar")) {
                    stripModels(jar, inputLib.resolve(name));
                } else if (name.startsWith("sqlite-jdbc-")) {
                    splitSqliteNatives(jar, inputLib.resolve(name), input.resolve("native"));
                } else {
                    Files.copy(jar, inputLib.resolve(name));
                }
            }
        }
        step("jars: %d KB left out (packaging/jars-left-out.txt)", leftOutBytes >> 10);
        return input;
    }

    /** The globs of a list file: one a line, # comments and blank lines skipped. */
    private static List<PathMatcher> globs(Path listFile) throws IOException {
        List<PathMatcher> globs = new ArrayList<>();
        for (String line : Files.readAllLines(listFile)) {
            String glob = line.strip();
            if (!glob.isEmpty() && !glob.startsWith("#")) {
                globs.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
        }
        return globs;
    }

    /** Keeps only the model files listed in packaging/models.txt (globs), so 474 MB become about 70 MB. */
    private void stripModels(Path full, Path stripped) throws IOException {
        List<PathMatcher> keep = globs(packaging.resolve("models.txt"));
        int kept = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(full));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                boolean wanted = name.equals("META-INF/MANIFEST.MF")
                        || (!entry.isDirectory() && keep.stream().anyMatch(m -> m.matches(Path.of(name))));
                if (wanted) {
                    out.putNextEntry(new ZipEntry(name));
                    in.transferTo(out);
                    out.closeEntry();
                    kept++;
                }
            }
        }
        step("models: kept %d files, %d MB of %d MB", kept, Files.size(stripped) >> 20, Files.size(full) >> 20);
    }

    /**
     * sqlite-jdbc carries its native library for 25 systems (11 MB) and copies the right one to the temporary
     * folder at every start (about 0.3 s). The app keeps this system's library in {@code $APPDIR/native} and
     * points the driver at it ({@code org.sqlite.lib.path}); the jar keeps only its classes.
     */
    private void splitSqliteNatives(Path jar, Path classesOnly, Path nativeDir) throws IOException {
        String wanted = "org/sqlite/native/" + os.sqliteFolder() + "/" + os.sqliteLibrary;
        boolean found = false;
        Files.createDirectories(nativeDir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(classesOnly))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals(wanted)) {
                    Files.copy(in, nativeDir.resolve(os.sqliteLibrary));
                    found = true;
                } else if (!name.startsWith("org/sqlite/native/")) {
                    out.putNextEntry(new ZipEntry(name));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        if (!found) {
            throw new IllegalStateException("no " + wanted + " in " + jar);
        }
        step("sqlite: %s beside the jar, jar %d KB instead of %d MB", wanted, Files.size(classesOnly) >> 10, Files.size(jar) >> 20);
    }

    // ---- 2. runtime: jdeps finds the JDK modules, jlink links them with JavaFX

    private Path linkRuntime(Path input) throws IOException, InterruptedException {
        String fxPath = String.join(File.pathSeparator, javafxJars().stream().map(Path::toString).toList());
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(input.resolve("lib"))) {
            jars.sorted().forEach(j -> classPath.add(j.toString()));
        }
        String deps = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "25",
                "--module-path", fxPath, "--class-path", String.join(File.pathSeparator, classPath),
                input.resolve("onrecord.jar").toString()).strip();
        String lastLine = deps.lines().reduce((a, b) -> b).orElse("");
        Set<String> modules = new TreeSet<>(Arrays.asList(lastLine.split(",")));
        modules.addAll(EXTRA_MODULES);
        step("jdeps: %s; with the extras: %s", lastLine, String.join(",", modules));
        Path runtime = dist.resolve("runtime");
        List<String> jlink = new ArrayList<>(List.of("--module-path", fxPath, "--add-modules", String.join(",", modules),
                "--output", runtime.toString(), "--strip-debug", "--no-header-files", "--no-man-pages",
                // JavaFX's native libraries go beside the JDK's (below), not also inside the module image
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)"));
        tool("jlink", jlink.toArray(String[]::new));
        copyJavafxNativeLibraries(runtime);
        stripNativeSymbols(runtime);
        step("runtime: %d MB", size(runtime) >> 20);
        return runtime;
    }

    /**
     * The JDK's Linux libraries keep their symbol tables (libjvm.so: 29 MB, 24 MB without); jlink's
     * --strip-debug removes only debug sections. Stripped with binutils' strip when it is there (a build
     * without it just makes a larger package); the dynamic symbols the libraries link by stay.
     */
    private void stripNativeSymbols(Path runtime) throws IOException, InterruptedException {
        if (os != Os.LINUX) {
            return;
        }
        long before = size(runtime);
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> files = Files.walk(runtime)) {
            files.filter(f -> f.getFileName().toString().endsWith(".so")).forEach(f -> command.add(f.toString()));
        }
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                step("runtime: strip failed (%d); libraries left as they are", p.exitValue());
                return;
            }
        } catch (IOException noStrip) {
            step("runtime: no strip on the PATH; native libraries keep their symbol tables");
            return;
        }
        step("runtime: native symbol tables stripped, %d MB saved", (before - size(runtime)) >> 20);
    }

    /** The platform JavaFX jars (javafx-controls-26.0.2-linux.jar…); the classifier-less ones are empty stand-ins. */
    private List<Path> javafxJars() throws IOException {
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            return jars.filter(j -> j.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar")).sorted().toList();
        }
    }

    /**
     * JavaFX's jars carry their native libraries at the root; linked from jars they stay inside the module
     * image and JavaFX extracts them to ~/.openjfx/cache at the first start. Put beside the JDK's own native
     * libraries, where JavaFX looks first, they load in place as they do from JavaFX's jmods.
     */
    private void copyJavafxNativeLibraries(Path runtime) throws IOException {
        Path libDir = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
        int copied = 0;
        for (Path jar : javafxJars()) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    String name = e.getName();
                    if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                        Files.copy(in, libDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        copied++;
                    }
                }
            }
        }
        step("runtime: %d JavaFX native libraries placed in %s", copied, runtime.relativize(libDir));
    }

    // ---- 3. app image

    private Path appImage(Path input, Path runtime) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", os.appName, "--app-version", version,
                "--input", input.toString(), "--main-jar", "onrecord.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", dist.toString(),
                "--icon", packaging.resolve(os.icon).toString(),
                "--description", "Offline investigation workbench: who said what, when, and where it is written.",
                "--vendor", "Onrecord", "--copyright", "GPL-3.0-or-later"));
        List<String> javaOptions = new ArrayList<>(JAVA_OPTIONS);
        javaOptions.add("-Dorg.sqlite.lib.path=$APPDIR/native");
        javaOptions.add("-Dorg.sqlite.lib.name=" + os.sqliteLibrary);
        for (String option : javaOptions) {
            args.add("--java-options");
            args.add(option);
        }
        args.addAll(os.appImageOptions(packaging));
        tool("jpackage", args.toArray(String[]::new));
        Path image = dist.resolve(os.imageDirName());
        step("app image: %s, %d MB", image, size(image) >> 20);
        return image;
    }

    // ---- 4. AOT cache: a training run of the app image itself, so class path and runtime match exactly

    private void recordAotCache(Path image) throws IOException, InterruptedException {
        Path appDir = image.resolve(os.appDir);
        Path cache = appDir.resolve("onrecord.aot");
        Path training = dist.resolve("training");
        Path home = training.resolve("home");
        Files.createDirectories(home);
        Path caseFile = training.resolve("training.onrecord");
        Path launcher = image.resolve(os.launcher);
        fixTimes(image);
        String homeOption = "-Duser.home=" + home;
        run(List.of(launcher.toString(), "demo", "--case", caseFile.toString()), homeOption);
        List<String> options = new ArrayList<>(List.of(homeOption, "-XX:AOTCacheOutput=" + cache,
                "-Donrecord.timing=true", "-Donrecord.exitAfterFirstFrame=true"));
        if (os == Os.LINUX && System.getenv("DISPLAY") == null) {
            // no X server (a build machine): JavaFX's own headless platform still trains the app and controls
            options.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        run(List.of(launcher.toString(), "open", caseFile.toString()), String.join(" ", options));
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache: " + cache);
        }
        // every launcher's .cfg (Windows has a console one for the command line); -Xlog:aot/cds off: a cache
        // that does not match (after a JDK update) is skipped without a word on the command line's output
        List<String> aot = List.of("java-options=-XX:AOTCache=$APPDIR/onrecord.aot", "java-options=-Xlog:aot=off",
                "java-options=-Xlog:cds=off");
        try (Stream<Path> files = Files.list(appDir)) {
            for (Path cfg : files.filter(f -> f.getFileName().toString().endsWith(".cfg")).toList()) {
                String text = Files.readString(cfg);
                String eol = text.contains("\r\n") ? "\r\n" : "\n";
                Files.writeString(cfg, text.replace("[JavaOptions]" + eol, "[JavaOptions]" + eol + String.join(eol, aot) + eol));
                step("AOT cache: %d MB, named in %s", Files.size(cache) >> 20, image.relativize(cfg));
            }
        }
    }

    /**
     * The AOT cache remembers each jar's size and modification time and is refused when one differs.
     * jpackage copies the app image into the package without keeping times, so every file gets one fixed
     * time here, before the training run, and the Linux postinst sets it again after installing.
     */
    private static void fixTimes(Path image) throws IOException {
        FileTime fixed = FileTime.from(FIXED_FILE_TIME);
        try (Stream<Path> files = Files.walk(image)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, fixed);
            }
        }
    }

    /** Runs a command, its output shown, with JAVA_TOOL_OPTIONS (the jpackage launcher ignores JDK_JAVA_OPTIONS). */
    private static void run(List<String> command, String javaToolOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    // ---- 5. native package

    private void nativePackage(Path image, String type) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--name", os.appName,
                "--app-version", version, "--dest", dist.toString(),
                "--description", "Offline investigation workbench: who said what, when, and where it is written.",
                "--vendor", "Onrecord", "--copyright", "GPL-3.0-or-later",
                "--license-file", packaging.getParent().resolve("LICENSE").toString(),
                "--file-associations", packaging.resolve(os.fileAssociations).toString(),
                "--resource-dir", resourceDir(type).toString()));
        args.addAll(os.packageOptions(type));
        tool("jpackage", args.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dist)) {
            files.filter(f -> f.getFileName().toString().endsWith("." + type))
                    .forEach(f -> step("installer: %s, %d MB", f.getFileName(), sizeUnchecked(f) >> 20));
        }
    }

    /**
     * The jpackage resources of this system. For the .msi (and the .exe, WiX too), a copy with a main.wxs of our own: jpackage lets a
     * resource directory replace main.wxs, overrides.wxi (variables only, outside the product) and *.wxl, but
     * not add a component; the one that puts the install folder, with onrecord-cli.exe, on the PATH must go
     * into main.wxs's feature. That file is this JDK's own main.wxs with our component added, so a JDK update
     * brings its changes along; a main.wxs without the anchor stops the build instead of losing the PATH.
     */
    private Path resourceDir(String type) throws IOException {
        Path ours = packaging.resolve("jpackage").resolve(os.resources);
        if (!type.equals("msi") && !type.equals("exe")) {
            return ours;  // the exe installer wraps the same WiX sources: it gets the PATH too
        }
        Path generated = dist.resolve("resources-" + type);
        deleteTree(generated);
        Files.createDirectories(generated);
        try (Stream<Path> files = Files.list(ours)) {
            for (Path f : files.toList()) {
                Files.copy(f, generated.resolve(f.getFileName()));
            }
        }
        Path jdkMainWxs = FileSystems.getFileSystem(URI.create("jrt:/"))
                .getPath("/modules/jdk.jpackage/jdk/jpackage/internal/resources/main.wxs");
        Files.writeString(generated.resolve("main.wxs"), withCliOnPath(Files.readString(jdkMainWxs), packaging));
        step("%s: main.wxs = this JDK's with %s", type, CLI_PATH_COMPONENT);
        return generated;
    }

    /** The WiX component that adds the install folder to the PATH (and takes it off on uninstall). */
    private static final String CLI_PATH_COMPONENT = "jpackage/windows/onrecord-cli-path.xml";
    private static final String FEATURE_ANCHOR = "<ComponentGroupRef Id=\"FileAssociations\"/>";

    /** jpackage's main.wxs with our PATH component inside its default feature, after the file associations. */
    static String withCliOnPath(String jpackageMainWxs, Path packaging) throws IOException {
        int anchor = jpackageMainWxs.indexOf(FEATURE_ANCHOR);
        if (anchor < 0 || jpackageMainWxs.indexOf(FEATURE_ANCHOR, anchor + 1) >= 0) {
            throw new IllegalStateException("jpackage's main.wxs has no single " + FEATURE_ANCHOR
                    + " to put the PATH component after; see " + CLI_PATH_COMPONENT);
        }
        String component = Files.readString(packaging.resolve(CLI_PATH_COMPONENT)).replaceAll("(?s)<\\?xml.*?\\?>\\s*", "")
                .replaceAll("(?s)<!--.*?-->\\s*", "").strip();
        int end = anchor + FEATURE_ANCHOR.length();
        return jpackageMainWxs.substring(0, end) + "\n      " + component + jpackageMainWxs.substring(end);
    }

    // ---- helpers

    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(name + " not in this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = tool.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        String text = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            System.err.print(text);
            System.err.print(errors);
            throw new IllegalStateException(name + " failed (" + status + ")");
        }
        if (!name.equals("jdeps")) {
            System.out.print(text);
        }
        return text;
    }

    private static void step(String format, Object... args) {
        System.out.println("[dist] " + String.format(Locale.ROOT, format, args));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(Dist::sizeUnchecked).sum();
        }
    }

    private static long sizeUnchecked(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Where each system puts things, and its package options. */
    private enum Os {
        LINUX("deb", "onrecord", "icons/png/onrecord-256.png", "lib/app", "bin/onrecord", "linux",
                "jpackage/linux/onrecord-case.properties", "Linux", "libsqlitejdbc.so"),
        WINDOWS("msi", "Onrecord", "icons/onrecord.ico", "app", "Onrecord.exe", "windows",
                "jpackage/windows/onrecord-case.properties", "Windows", "sqlitejdbc.dll"),
        MAC("dmg", "Onrecord", "icons/onrecord.icns", "Contents/app", "Contents/MacOS/Onrecord", "macos",
                "jpackage/macos/onrecord-case.properties", "Mac", "libsqlitejdbc.dylib");

        final String packageType;
        final String appName;
        final String icon;
        final String appDir;
        final String launcher;
        final String resources;
        final String fileAssociations;
        final String sqliteOs;
        final String sqliteLibrary;

        Os(String packageType, String appName, String icon, String appDir, String launcher, String resources, String fileAssociations,
                String sqliteOs, String sqliteLibrary) {
            this.sqliteOs = sqliteOs;
            this.sqliteLibrary = sqliteLibrary;
            this.packageType = packageType;
            this.appName = appName;
            this.icon = icon;
            this.appDir = appDir;
            this.launcher = launcher;
            this.resources = resources;
            this.fileAssociations = fileAssociations;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        /** sqlite-jdbc's folder for this system (its OSInfo): Linux/x86_64, Mac/aarch64, Windows/x86_64… */
        String sqliteFolder() {
            String arch = System.getProperty("os.arch");
            String folderArch = switch (arch) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                default -> arch;
            };
            return sqliteOs + "/" + folderArch;
        }

        String imageDirName() {
            return this == MAC ? appName + ".app" : appName;
        }

        List<String> appImageOptions(Path packaging) {
            return switch (this) {
                // a console launcher beside the window's, for the command line (the window's has no console)
                case WINDOWS -> List.of("--add-launcher", "onrecord-cli=" + packaging.resolve("jpackage/windows/onrecord-cli.properties"));
                // the app image's Info.plist declares the case type (CFBundleDocumentTypes, UTExportedTypeDeclarations):
                // on macOS jpackage writes it when the image is made, and the .dmg copies the image as it is
                case MAC -> List.of("--mac-package-identifier", "org.onrecord", "--mac-package-name", "Onrecord",
                        "--file-associations", packaging.resolve(fileAssociations).toString());
                case LINUX -> List.of();
            };
        }

        List<String> packageOptions(String type) {
            return switch (this) {
                // jpackage's list misses GTK (STACK.md); xdg-utils runs the desktop and MIME registration
                case LINUX -> type.equals("deb")
                        ? List.of("--linux-package-deps", "libgtk-3-0, xdg-utils", "--linux-shortcut", "--linux-menu-group", "Office",
                                "--linux-app-category", "misc", "--linux-deb-maintainer", "onrecord@example.org",
                                "--about-url", "https://example.org/onrecord")
                        : List.of("--linux-shortcut", "--linux-menu-group", "Office");
                case WINDOWS -> List.of("--win-menu", "--win-menu-group", "Onrecord", "--win-shortcut", "--win-shortcut-prompt",
                        "--win-dir-chooser", "--win-upgrade-uuid", "5f0e2d0c-6c7e-4d3b-9a51-2b0f4a3c9e17");
                case MAC -> List.of("--mac-package-identifier", "org.onrecord");
            };
        }
    }
}
