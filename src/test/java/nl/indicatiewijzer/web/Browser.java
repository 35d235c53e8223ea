package nl.indicatiewijzer.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven
 * through WebDriver. Screenshots and axe-core reports go to {@code target/browser/} as test artefacts.
 */
final class Browser implements AutoCloseable {
    static final Path ARTEFACTEN = Path.of("target", "browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of(".ci", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final List<String> ERNSTIG = List.of("serious", "critical");

    final ChromeDriver driver;
    private final URL basis;
    private final WebDriverWait wacht;

    Browser(URL basis) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER) && Files.exists(AXE),
                "chromium, chromium-driver (apt) en axe-core (npm ci in .ci/axe) zijn nodig; .ci/run installeert ze");
        ChromeOptions opties = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=nl-NL", "--window-size=1280,1000");
        opties.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(dienst, opties);
        this.basis = basis;
        this.wacht = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String pagina) {
        driver.get(basis.toString().replaceAll("/$", "") + "/" + pagina);
    }

    void meldAan(String naam) {
        open("index.html");
        vul(By.id("gebruikersnaam"), naam);
        vul(By.id("wachtwoord"), naam);
        klik(By.cssSelector("#aanmeldformulier button[type=submit]"));
        zichtbaar(By.cssSelector("header.kop .naam"));
        assertTrue(Long.valueOf(0).equals(driver.executeScript("return sessionStorage.length + localStorage.length")),
                "de aanmelding is een sessiecookie van de server; de browser bewaart geen wachtwoord");
    }

    void meldAf() {
        klik(By.xpath("//header//button[normalize-space()='Afmelden']"));
        zichtbaar(By.id("aanmeldformulier"));
    }

    WebElement zichtbaar(By waar) {
        return wachtOp(ExpectedConditions.visibilityOfElementLocated(waar));
    }

    WebElement tekst(By waar, String deel) {
        wachtOp(ExpectedConditions.textToBePresentInElementLocated(waar, deel));
        return driver.findElement(waar);
    }

    /**
     * Waits; on a timeout the page as it was is kept as {@code mislukt-*.png} for whoever reads the failure. A look
     * that Chromium aborts because the page is still navigating (a sign-in's redirect) is looked at again.
     */
    private <T> T wachtOp(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> voorwaarde) {
        try {
            return wacht.until(d -> {
                try {
                    return voorwaarde.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (e.getMessage() != null && e.getMessage().contains("aborted by navigation")) {
                        return null;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                schermafdruk("mislukt-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException ignored) {
                // the timeout itself is what the test reports
            }
            throw e;
        }
    }

    void vul(By waar, String waarde) {
        WebElement e = zichtbaar(waar);
        e.clear();
        e.sendKeys(waarde);
    }

    /** Sets a date input by script, once the page shows it: typing into a date field depends on the browser's locale. */
    void datum(String id, String iso) {
        driver.executeScript("arguments[0].value = arguments[1]", zichtbaar(By.id(id)), iso);
    }

    void kies(String id, String waarde) {
        new Select(zichtbaar(By.id(id))).selectByValue(waarde);
    }

    void vink(By waar) {
        WebElement e = driver.findElement(waar);
        if (!e.isSelected()) {
            e.click();
        }
    }

    void klik(By waar) {
        wachtOp(ExpectedConditions.elementToBeClickable(waar)).click();
    }

    /** The whole page, as tall as it is. */
    void schermafdruk(String naam) throws IOException {
        bewaar(naam, () -> driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Only this part of the page, e.g. the advice as the README shows it. */
    void schermafdruk(String naam, By deel) throws IOException {
        bewaar(naam, () -> driver.findElement(deel).getScreenshotAs(OutputType.BYTES));
    }

    private void bewaar(String naam, java.util.function.Supplier<byte[]> opname) throws IOException {
        Files.createDirectories(ARTEFACTEN);
        Dimension was = driver.manage().window().getSize();
        long hoogte = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(hoogte, 800), 12000)));
        try {
            Files.write(ARTEFACTEN.resolve(naam + ".png"), opname.get());
        } finally {
            driver.manage().window().setSize(was);
        }
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now; fails on serious or critical violations. */
    void controleerToegankelijkheid(String naam) throws IOException {
        driver.executeScript(Files.readString(AXE));
        String uitslag = (String) driver.executeAsyncScript("const klaar = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(r => klaar(JSON.stringify({overtredingen: r.violations, geslaagd: r.passes.length})), e => klaar(JSON.stringify({fout: String(e)})));");
        Files.createDirectories(ARTEFACTEN);
        Files.writeString(ARTEFACTEN.resolve("axe-" + naam + ".json"), uitslag);
        JsonNode r = new ObjectMapper().readTree(uitslag);
        assertTrue(r.path("fout").isMissingNode(), "axe liep niet: " + r.path("fout"));
        assertTrue(r.path("geslaagd").asInt() > 10, "axe controleerde de pagina " + naam);
        List<String> ernstig = new ArrayList<>();
        for (JsonNode o : r.path("overtredingen")) {
            if (ERNSTIG.contains(o.path("impact").asText())) {
                ernstig.add(o.path("impact").asText() + " " + o.path("id").asText() + ": " + o.path("help").asText() + " bij " + o.path("nodes").findValues("target"));
            }
        }
        assertTrue(ernstig.isEmpty(), "toegankelijkheid van " + naam + ": " + ernstig);
    }

    /** Whether the element is shown when the page is printed. */
    boolean zichtbaarBijAfdrukken(By waar) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return driver.findElement(waar).isDisplayed();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    static File bestand(String naam, byte[] inhoud) throws IOException {
        Path map = Files.createDirectories(ARTEFACTEN.resolve("uploads").resolve(Long.toString(System.nanoTime())));
        return Files.write(map.resolve(naam), inhoud).toFile();
    }

    /** The browser console (script errors, refused requests) is kept with the artefacts. */
    @Override
    public void close() {
        try {
            Files.createDirectories(ARTEFACTEN);
            StringBuilder console = new StringBuilder();
            driver.manage().logs().get("browser").forEach(regel -> console.append(regel).append('\n'));
            Files.writeString(ARTEFACTEN.resolve("console.log"), console, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // the console is a help for reading a failure, not part of the check
        } finally {
            driver.quit();
        }
    }
}
