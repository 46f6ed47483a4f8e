package verify

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/probity-dev/probity/internal/spend"
)

func TestParseFPDSLink(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want FPDSLink
		ok   bool
	}{
		{"IDV", "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&idvAgencyID=&idvPIID=GS00F131DA&contractType=IDV",
			FPDSLink{AgencyID: "7012", PIID: "70CMSD22A00000008", ModNumber: "P00003", IDVPIID: "GS00F131DA", ContractType: "IDV"}, true},
		{"Award", "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=9507&PIID=9523ZY19F0048&modNumber=P00001&idvAgencyID=&idvPIID=GS02F026DA&contractType=AWARD",
			FPDSLink{AgencyID: "9507", PIID: "9523ZY19F0048", ModNumber: "P00001", IDVPIID: "GS02F026DA", ContractType: "AWARD"}, true},
		{"DocTypeJunk", "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=0&transactionNumber=&idvAgencyID=4732&idvPIID=GS00F131DA&actionSource=searchScreen&actionCode=&documentVersion=1.5&contractType=IDV&docType=E%27",
			FPDSLink{AgencyID: "7012", PIID: "70CMSD22A00000008", ModNumber: "0", IDVAgencyID: "4732", IDVPIID: "GS00F131DA", ContractType: "IDV"}, true},
		{"LowerCaseAndNames", "https://www.fpds.gov/x?piid=ab12&CONTRACTTYPE=idv&AgencyId=955F",
			FPDSLink{AgencyID: "955F", PIID: "AB12", ContractType: "IDV"}, true},
		{"HTMLEscapedAmp", "https://www.fpds.gov/x?agencyID=7012&amp;PIID=X1&amp;contractType=AWARD",
			FPDSLink{AgencyID: "7012", PIID: "X1", ContractType: "AWARD"}, true},
		{"PercentEscapes", "https://www.fpds.gov/x?PIID=%20ab%2D1%20&modNumber=P0000%31",
			FPDSLink{PIID: "AB-1", ModNumber: "P00001"}, true},
		{"BadEscapeKeptAsWritten", "https://www.fpds.gov/x?PIID=AB%ZZ", FPDSLink{PIID: "AB%ZZ"}, true},
		{"FirstPIIDWins", "https://www.fpds.gov/x?PIID=A1&PIID=B2", FPDSLink{PIID: "A1"}, true},
		{"Fragment", "https://www.fpds.gov/x?PIID=A1#contractType=IDV", FPDSLink{PIID: "A1"}, true},
		{"QueryOnly", "PIID=A1&contractType=IDV", FPDSLink{PIID: "A1", ContractType: "IDV"}, true},
		{"NoPIID", "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&modNumber=P00003", FPDSLink{}, false},
		{"EmptyPIID", "https://www.fpds.gov/x?PIID=&agencyID=1", FPDSLink{}, false},
		{"NotALink", "Termination in progress", FPDSLink{}, false},
		{"Empty", "", FPDSLink{}, false},
		{"USAspending", "https://www.usaspending.gov/award/ASST_NON_X_97F5", FPDSLink{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseFPDSLink(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseFPDSLink(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if ok && got.IsIDV() != (tt.want.ContractType == "IDV") {
				t.Errorf("IsIDV = %v", got.IsIDV())
			}
		})
	}
}

func TestParseUSAspendingLink(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://www.usaspending.gov/award/ASST_NON_HQ00342110014_97F5", "ASST_NON_HQ00342110014_97F5", true},
		{"https://usaspending.gov/award/ASST_NON_N000142412092_1700", "ASST_NON_N000142412092_1700", true},
		{"https://www.usaspending.gov/award/asst_non_x_1700/", "ASST_NON_X_1700", true},
		{"https://www.usaspending.gov/award/ASST_NON_X_1700?tab=transactions#top", "ASST_NON_X_1700", true},
		{"https://www.usaspending.gov/#/award/CONT_AWD_1_2", "CONT_AWD_1_2", true},
		{"https://www.usaspending.gov/award/ASST_NON_4-10-DD-0031_9700", "ASST_NON_4-10-DD-0031_9700", true},
		{"https://www.usaspending.gov/award/ASST%5FNON%5FX", "ASST_NON_X", true},
		{"  HTTPS://WWW.USASPENDING.GOV/AWARD/abc  ", "ABC", true},
		{"https://www.usaspending.gov/award/", "", false},
		{"https://www.usaspending.gov/award/%ZZ", "", false},
		{"https://www.usaspending.gov/award/A%20B", "", false},
		{"https://www.usaspending.gov/recipient/abc", "", false},
		{"https://example.com/award/ABC", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseUSAspendingLink(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseUSAspendingLink(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		c    spend.Claim
		want string
	}{
		{"PIID", spend.Claim{Kind: spend.Contract, PIID: " ab1 ", Link: fpdsLink("1", "ZZ", "0", "AWARD")}, "AB1"},
		{"LinkPIID", spend.Claim{Kind: spend.Contract, Link: fpdsLink("1", "zz9", "0", "AWARD")}, "ZZ9"},
		{"ZeroKindIsContract", spend.Claim{PIID: "X1"}, "X1"},
		{"GrantAwardID", spend.Claim{Kind: spend.Grant, AwardID: "asst_1", Link: "https://www.usaspending.gov/award/OTHER"}, "ASST_1"},
		{"GrantLink", spend.Claim{Kind: spend.Grant, Link: "https://www.usaspending.gov/award/ASST_2"}, "ASST_2"},
		{"GrantPIIDIgnored", spend.Claim{Kind: spend.Grant, PIID: "X", Agency: "A", Vendor: "V"}, "name:A|V|"},
		{"Lease", spend.Claim{Kind: spend.Lease, Location: "Miami,  fl", Agency: "Department of State", SqFt: 3076}, "lease:MIAMI, FL|DEPARTMENT OF STATE|3076"},
		{"NoIdentifier", spend.Claim{Kind: spend.Contract, Agency: "dept", Vendor: " acme  inc ", Description: "widgets"}, "name:DEPT|ACME INC|WIDGETS"},
		{"Placeholder", spend.Claim{Kind: spend.Contract, PIID: "Unavailable", Link: "https://fpds.gov", Agency: "USAID", Vendor: "Unavailable"}, "name:USAID|UNAVAILABLE|"},
		{"PlaceholderLinkPIID", spend.Claim{Kind: spend.Contract, PIID: "Charge Card Purchase", Link: fpdsLink("1", "12AB3", "0", "AWARD")}, "12AB3"},
	}
	for _, tt := range tests {
		if got := Key(tt.c); got != tt.want {
			t.Errorf("%s: Key = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIsIdentifier(t *testing.T) {
	for _, tt := range []struct {
		id   string
		want bool
	}{
		{"70CMSD22A00000008", true}, {"ASST_NON_HQ00342110014_97F5", true}, {"GS00F131DA", true},
		{"UNAVAILABLE", false}, {"CHARGE CARD PURCHASE", false}, {"", false}, {"N/A", false},
		{"12 34", false}, {"X1", true},
	} {
		if got := IsIdentifier(tt.id); got != tt.want {
			t.Errorf("IsIdentifier(%q) = %v", tt.id, got)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"DEPARTMENT OF HOMELAND SECURITY", "DEPARTMENT OF HOMELAND SECURITY"},
		{"Department of  Homeland\tSecurity ", "DEPARTMENT OF HOMELAND SECURITY"},
		{"  harvard university,\u00a0united states", "HARVARD UNIVERSITY, UNITED STATES"},
		{"o’fallon, il", "O’FALLON, IL"},
		{" ", ""},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzParseFPDSLink checks that any text parses without panic, that a
// parsed PIID is non-empty and normalised, and that the fields survive
// being written back into a link and parsed again.
func FuzzParseFPDSLink(f *testing.F) {
	for _, s := range []string{
		"https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&idvAgencyID=&idvPIID=GS00F131DA&contractType=IDV",
		"https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=0&transactionNumber=&idvAgencyID=4732&idvPIID=GS00F131DA&actionSource=searchScreen&actionCode=&documentVersion=1.5&contractType=IDV&docType=E%27",
		"PIID=a&amp;contractType=idv", "?PIID=%zz", "?PIID= x ;modNumber=1", "", "?", "=&=&",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, ok := ParseFPDSLink(s)
		if !ok {
			if l != (FPDSLink{}) {
				t.Fatalf("not ok but %+v", l)
			}
			return
		}
		if l.PIID == "" || l.PIID != NormPIID(l.PIID) {
			t.Fatalf("PIID %q not normalised", l.PIID)
		}
		if l.ContractType != upper(l.ContractType) {
			t.Fatalf("ContractType %q not upper case", l.ContractType)
		}
		q := url.Values{}
		q.Set("agencyID", l.AgencyID)
		q.Set("PIID", l.PIID)
		q.Set("modNumber", l.ModNumber)
		q.Set("idvAgencyID", l.IDVAgencyID)
		q.Set("idvPIID", l.IDVPIID)
		q.Set("contractType", l.ContractType)
		again, ok := ParseFPDSLink("https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?" + q.Encode())
		if !ok {
			t.Fatalf("re-encoded %+v does not parse", l)
		}
		// Values are trimmed when parsed, so compare trimmed fields.
		want := l
		for _, p := range []*string{&want.AgencyID, &want.ModNumber, &want.IDVAgencyID, &want.IDVPIID} {
			*p = strings.TrimSpace(*p)
		}
		if utf8.ValidString(s) && again != want {
			t.Fatalf("round trip: %+v, want %+v", again, want)
		}
	})
}

// FuzzParseUSAspendingLink checks that any text parses without panic,
// that an id is non-empty, upper case and free of separators, and that it
// survives being written back into a link.
func FuzzParseUSAspendingLink(f *testing.F) {
	for _, s := range []string{
		"https://www.usaspending.gov/award/ASST_NON_HQ00342110014_97F5",
		"https://usaspending.gov/#/award/x?y#z", "usaspending.gov/award/%41", "/award/", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, ok := ParseUSAspendingLink(s)
		if !ok {
			if id != "" {
				t.Fatalf("not ok but %q", id)
			}
			return
		}
		if id == "" || id != NormPIID(id) || strings.ContainsAny(id, " /?#") {
			t.Fatalf("bad id %q", id)
		}
		again, ok := ParseUSAspendingLink("https://www.usaspending.gov/award/" + url.PathEscape(id))
		if !ok || again != id {
			t.Fatalf("round trip of %q: %q, %v", id, again, ok)
		}
	})
}

// FuzzFold checks that fold is idempotent and leaves no lower-case ASCII
// letters and no doubled or outer spaces.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Department of  State", " a\tb ", "ß", "\u00a0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g := fold(s)
		if fold(g) != g {
			t.Fatalf("fold(fold(%q)) = %q != %q", s, fold(g), g)
		}
		if strings.Contains(g, "  ") || strings.HasPrefix(g, " ") || strings.HasSuffix(g, " ") {
			t.Fatalf("fold(%q) = %q has stray spaces", s, g)
		}
	})
}
