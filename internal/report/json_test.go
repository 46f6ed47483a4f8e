package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/probity-dev/probity/internal/spend"
)

func renderJSON(t *testing.T, r *Report) map[string]any {
	t.Helper()
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	dec := json.NewDecoder(&b)
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

var snake = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// TestJSONFields walks the whole document: every key is snake_case, and
// every amount comes as a pair — X a dollar string and X_cents the same
// amount in integer cents, or both null.
func TestJSONFields(t *testing.T) {
	doc := renderJSON(t, fixtureReport())
	pairs := 0
	var visit func(path string, v any)
	visit = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !snake.MatchString(k) {
					t.Errorf("%s: key %q is not snake_case", path, k)
				}
				if base, ok := strings.CutSuffix(k, "_cents"); ok {
					pairs++
					dollars, ok := v[base]
					if !ok {
						t.Errorf("%s: %s without %s", path, k, base)
						continue
					}
					if x == nil || dollars == nil {
						if x != nil || dollars != nil {
							t.Errorf("%s.%s: one of the pair is null: %v / %v", path, base, dollars, x)
						}
						continue
					}
					m, err := spend.ParseMoney(dollars.(string))
					if err != nil {
						t.Errorf("%s.%s = %q: %v", path, base, dollars, err)
						continue
					}
					if got := x.(json.Number).String(); got != strconv.FormatInt(m.Cents(), 10) {
						t.Errorf("%s.%s: %q dollars but %s cents", path, base, dollars, got)
					}
				}
				visit(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				visit(path+"[]", x)
			}
		}
	}
	visit("", doc)
	if pairs < 50 {
		t.Errorf("only %d amounts found", pairs)
	}
}

func TestJSONValues(t *testing.T) {
	r := fixtureReport()
	doc := renderJSON(t, r)
	if doc["schema"] != JSONSchema || doc["generated_at"] != "2025-05-01T16:30:00Z" || doc["order"] != "gap" {
		t.Errorf("header = %v %v %v", doc["schema"], doc["generated_at"], doc["order"])
	}
	sum := doc["summary"].(map[string]any)
	if sum["claimed_cents"].(json.Number).String() != strconv.FormatInt(r.Summary.Claimed.Cents(), 10) || sum["claimed"] != r.Summary.Claimed.Dollars() {
		t.Errorf("summary claimed = %v / %v", sum["claimed"], sum["claimed_cents"])
	}
	items := doc["items"].([]any)
	if len(items) != len(r.Items) {
		t.Fatalf("%d items, want %d", len(items), len(r.Items))
	}
	for i, x := range items {
		it := x.(map[string]any)
		claim := it["claim"].(map[string]any)
		src := r.Items[i]
		if claim["vendor"] != src.Claim.Vendor {
			t.Errorf("item %d vendor %q, want %q unescaped", i, claim["vendor"], src.Claim.Vendor)
		}
		if (it["award"] == nil) != (src.Award == nil) {
			t.Errorf("item %d: award %v, want nil=%v", i, it["award"], src.Award == nil)
		}
		if src.Claim.Date.IsZero() != (claim["date"] == nil) || (claim["date"] != nil && claim["date"] != src.Claim.Date.String()) {
			t.Errorf("item %d: date %v", i, claim["date"])
		}
		if v := it["verdict"].(map[string]any); v["findings"] == nil || it["rows"] == nil {
			t.Errorf("item %d: null list", i)
		}
	}
	// Claim 1's computed ratio has no origin: null, not a zero origin.
	first := items[0].(map[string]any)["verdict"].(map[string]any)["findings"].([]any)[0].(map[string]any)
	ev := first["evidence"].([]any)
	if ev[3].(map[string]any)["origin"] != nil || ev[0].(map[string]any)["origin"].(map[string]any)["source"] != "contracts_2025-02-18.csv" {
		t.Errorf("evidence origins = %v", ev)
	}
	diffs := doc["diffs"].([]any)
	if len(diffs) != 1 || len(diffs[0].(map[string]any)["changes"].([]any)) != 3 {
		t.Errorf("diffs = %v", diffs)
	}
}

func TestJSONEmpty(t *testing.T) {
	doc := renderJSON(t, &Report{})
	for _, k := range []string{"items", "sources", "diffs"} {
		if l, ok := doc[k].([]any); !ok || len(l) != 0 {
			t.Errorf("%s = %#v, want []", k, doc[k])
		}
	}
	if doc["generated_at"] != nil {
		t.Errorf("generated_at = %v, want null", doc["generated_at"])
	}
}

// TestJSONStreamsOneDocument checks that the streamed document is the
// same JSON value as the whole report encoded in one go.
func TestJSONStreamsOneDocument(t *testing.T) {
	for _, r := range []*Report{fixtureReport(), {}, synthReport(50, 5)} {
		var streamed bytes.Buffer
		if err := JSON(&streamed, r); err != nil {
			t.Fatal(err)
		}
		whole, err := json.Marshal(toJSON(r, true))
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if err := json.Unmarshal(streamed.Bytes(), &a); err != nil {
			t.Fatalf("streamed JSON does not parse: %v", err)
		}
		if err := json.Unmarshal(whole, &b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("streamed document differs from the whole one")
		}
	}
}
