package org.onrecord.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .msi puts the install folder (with onrecord-cli.exe) on the PATH through a main.wxs of our own:
 * {@code packaging/Dist.java} adds its component to the default feature of the JDK's main.wxs. Run here
 * as the Windows build runs it, on a main.wxs shaped like jpackage's (the real one is only in a Windows
 * JDK); WiX itself and the installed PATH are untried (no Windows machine).
 */
class WindowsPathComponentTest {
    @TempDir
    Path dir;

    /** The parts of jpackage's main.wxs the change depends on: the product and its default feature. */
    private static final String JPACKAGE_LIKE_MAIN_WXS = """
            <?xml version="1.0" encoding="utf-8"?>
            <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
              <Product Id="$(var.JpProductCode)" Name="$(var.JpAppName)">
                <Directory Id="TARGETDIR" Name="SourceDir"/>
                <Feature Id="DefaultFeature" Title="!(loc.MainFeatureTitle)" Level="1">
                  <ComponentGroupRef Id="Shortcuts"/>
                  <ComponentGroupRef Id="Files"/>
                  <ComponentGroupRef Id="FileAssociations"/>
                </Feature>
              </Product>
            </Wix>
            """;

    @Test
    void theDefaultFeatureGainsTheComponentThatPutsTheInstallFolderOnThePath() throws Exception {
        Path in = Files.writeString(dir.resolve("main.wxs"), JPACKAGE_LIKE_MAIN_WXS);
        Path out = dir.resolve("ours.wxs");

        Run run = dist("--windows-main-wxs", in.toString(), out.toString());

        assertThat(run.status).as(run.output).isZero();
        Document wxs = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(out.toFile());
        Element feature = (Element) wxs.getElementsByTagName("Feature").item(0);
        assertThat(children(feature)).containsExactly("ComponentGroupRef", "ComponentGroupRef", "ComponentGroupRef", "Component");
        Element component = (Element) feature.getElementsByTagName("Component").item(0);
        assertThat(component.getAttribute("Directory")).isEqualTo("INSTALLDIR");
        assertThat(component.getAttribute("Guid")).matches("\\{[0-9A-F-]{36}}");
        NodeList entries = component.getElementsByTagName("Environment");
        assertThat(entries.getLength()).isEqualTo(2);  // one for an install for all users, one for a user's
        for (int i = 0; i < entries.getLength(); i++) {
            Element path = (Element) entries.item(i);
            assertThat(path.getAttribute("Name")).isEqualTo("PATH");
            assertThat(path.getAttribute("Value")).isEqualTo("[INSTALLDIR]");
            assertThat(path.getAttribute("Action")).isEqualTo("set");
            assertThat(path.getAttribute("Part")).isEqualTo("last");        // appended, not replacing the PATH
            assertThat(path.getAttribute("Permanent")).isEqualTo("no");     // taken off again on uninstall
        }
        assertThat(Files.readString(out)).contains("<?ifdef JpIsSystemWide ?>").startsWith("<?xml");
    }

    @Test
    void aMainWxsWithoutTheFeatureStopsTheBuildInsteadOfLosingThePath() throws Exception {
        Path in = Files.writeString(dir.resolve("main.wxs"), JPACKAGE_LIKE_MAIN_WXS.replace("<ComponentGroupRef Id=\"FileAssociations\"/>", ""));

        Run run = dist("--windows-main-wxs", in.toString(), dir.resolve("ours.wxs").toString());

        assertThat(run.status).isNotZero();
        assertThat(run.output).contains("no single <ComponentGroupRef Id=\"FileAssociations\"/>");
        assertThat(dir.resolve("ours.wxs")).doesNotExist();
    }

    private static List<String> children(Element element) {
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    private record Run(int status, String output) {
    }

    /** packaging/Dist.java run by this JDK's java launcher from the project folder, as Maven's -Pdist runs it. */
    private static Run dist(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "packaging/Dist.java"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
