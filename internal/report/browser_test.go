package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium returns the path of a headless-capable Chromium, failing the
// test when there is none (.ci/run installs Debian's chromium); under
// -short the test is skipped instead.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if testing.Short() {
		t.Skip("no Chromium on this machine; skipped under -short")
	}
	t.Fatal("this test opens the HTML report in headless Chromium, which is not installed (apt-get install chromium)")
	return ""
}

// runChromium runs headless Chromium with the flags a closed network and
// a root user need, and returns its standard output.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.Bytes()
}

// TestHTMLInChromium opens the report in a real browser and checks what a
// person sees: the DOM Chromium builds has the headline, one bar pair per
// agency in the chart, the findings table and an evidence block per claim
// with findings, and nothing failed to load. A screenshot is kept in
// $PROBITY_ARTIFACTS when set (else the test's temporary directory).
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	r := fixtureReport()
	var page bytes.Buffer
	if err := HTML(&page, r); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, bin, "--dump-dom", "file://"+file))
	for _, want := range []string{
		"<title>" + r.title() + "</title>",
		"<svg",
		`id="details"`,
		r.Summary.Claimed.String(),
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the page Chromium shows lacks %q", want)
		}
	}
	detailed := 0
	for i := range r.Items {
		if r.Items[i].HasFindings() {
			detailed++
		}
	}
	if got := strings.Count(dom, `<details class="c"`); got != detailed && got != len(r.Items) {
		t.Errorf("evidence blocks in the browser's DOM = %d, want %d (claims with findings) or %d (all)", got, detailed, len(r.Items))
	}
	// Scripts never run in this report: the DOM Chromium builds is the
	// markup we wrote (a script would have changed it).
	if strings.Contains(dom, "<script") {
		t.Error("the page has a script")
	}
	bars := len(regexp.MustCompile(`<rect class="b[cv]"[^>]*data-cents=`).FindAllString(dom, -1))
	if want := 2 * len(newAgencyChart(r.Summary.ByAgency).Rows); bars != want || bars == 0 {
		t.Errorf("the chart Chromium shows has %d bars, want %d (claimed and verifiable per agency row)", bars, want)
	}

	shots := os.Getenv("PROBITY_ARTIFACTS")
	if shots == "" {
		shots = dir
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(shots, "report.png")
	runChromium(t, bin, "--window-size=1200,1600", "--screenshot="+png, "file://"+file)
	info, err := os.Stat(png)
	if err != nil || info.Size() < 10_000 {
		t.Fatalf("screenshot %s not written or empty: %v", png, err)
	}
	t.Logf("screenshot: %s", png)
}
