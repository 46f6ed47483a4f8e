package arch

import (
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

const mod = "github.com/probity-dev/probity/"

// allowed lists, for each package, the probity packages it may import
// directly. A package missing from the table may not exist: add it here,
// with its rule, when you add it.
var allowed = map[string][]string{
	"internal/spend":              {},
	"internal/strsim":             {},
	"internal/norm":               {},
	"internal/link":               {"internal/strsim", "internal/norm"},
	"internal/gen":                {"internal/norm", "internal/strsim"},
	"internal/verify":             {"internal/spend", "internal/norm", "internal/strsim"},
	"internal/report":             {"internal/spend"},
	"internal/store":              {"internal/spend"},
	"internal/ingest/format":      {"internal/spend"},
	"internal/ingest/doge":        {"internal/spend", "internal/ingest/format"},
	"internal/ingest/fpds":        {"internal/spend", "internal/ingest/format", "internal/ingest/doge"},
	"internal/ingest/usaspending": {"internal/spend", "internal/ingest/format", "internal/ingest/doge"},
	"internal/ingest":             {"internal/spend", "internal/store", "internal/ingest/format", "internal/ingest/doge", "internal/ingest/fpds", "internal/ingest/usaspending"},
	"internal/savings":            {"internal/spend", "internal/store", "internal/verify", "internal/report", "internal/ingest"},
	"internal/demo":               {},
	"internal/bench":              {"internal/spend", "internal/store", "internal/ingest", "internal/savings", "internal/verify"},
	"internal/arch":               {},
	"internal/sharedtest":         {},
	"internal/cli":                {"*"},
	"cmd/probity":                 {"internal/cli"},
}

// pure lists the packages that must stay free of cgo and of the database:
// the matching, rules and scoring that will run on cgo-free workers.
var pure = []string{
	"internal/spend", "internal/strsim", "internal/norm", "internal/link", "internal/gen",
	"internal/verify", "internal/report", "internal/ingest/format", "internal/ingest/doge",
	"internal/ingest/fpds", "internal/ingest/usaspending",
}

func goList(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestDependencyRule(t *testing.T) {
	out := goList(t, "-f", "{{.ImportPath}}:{{join .Imports \" \"}}", mod+"...")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		pkg, imports, _ := strings.Cut(line, ":")
		name := strings.TrimPrefix(pkg, mod)
		rule, ok := allowed[name]
		if !ok {
			t.Errorf("package %s is not in the dependency table (internal/arch/arch_test.go): add it with its rule", name)
			continue
		}
		if len(rule) == 1 && rule[0] == "*" {
			continue
		}
		for _, imp := range strings.Fields(imports) {
			if !strings.HasPrefix(imp, mod) {
				continue
			}
			dep := strings.TrimPrefix(imp, mod)
			if !contains(rule, dep) {
				t.Errorf("%s imports %s, which the dependency rule forbids (allowed: %v)", name, dep, rule)
			}
		}
	}
}

func TestPurePackagesHaveNoCgoOrStore(t *testing.T) {
	for _, p := range pure {
		deps := strings.Fields(goList(t, "-deps", "-f", "{{.ImportPath}}", mod+p))
		var bad []string
		for _, d := range deps {
			if strings.Contains(d, "duckdb") || d == mod+"internal/store" || d == "runtime/cgo" || d == "database/sql" {
				bad = append(bad, d)
			}
		}
		sort.Strings(bad)
		if len(bad) > 0 {
			t.Errorf("%s must be pure Go, but depends on %v", p, bad)
		}
	}
}

func TestNothingImportsCLI(t *testing.T) {
	out := goList(t, "-f", "{{.ImportPath}}:{{join .Imports \" \"}}", mod+"...")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		pkg, imports, _ := strings.Cut(line, ":")
		if pkg == mod+"cmd/probity" {
			continue
		}
		if strings.Contains(" "+imports+" ", " "+mod+"internal/cli ") {
			t.Errorf("%s imports internal/cli; only cmd/probity may", pkg)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestPurePackagesBuildWithoutCgo builds the pure packages the way the
// distributed workers will: CGO_ENABLED=0.
func TestPurePackagesBuildWithoutCgo(t *testing.T) {
	args := []string{"build", "-o", "/dev/null"}
	for _, p := range pure {
		args = append(args, mod+p)
	}
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go build of the pure packages: %v\n%s", err, out)
	}
}
