package norm

import "slices"

// nicknameTable lists canonical US English given names with their common
// nicknames and short forms. It is a hand-curated list written for probity
// from general knowledge of American naming (diminutives, hypocorisms and
// old-fashioned pet forms still found in records: Peggy for Margaret, Polly
// for Mary, Jack for John), not copied from any data set. Names are folded
// (see Fold). A nickname may belong to several names (chris: christopher,
// christina, christine); CanonicalGiven then picks the name listed first
// here, so the more common reading comes first.
var nicknameTable = []struct {
	name  string
	nicks []string
}{
	{"abigail", []string{"abby", "abbie", "gail"}},
	{"abraham", []string{"abe", "bram"}},
	{"albert", []string{"al", "bert", "bertie"}},
	{"alexander", []string{"alex", "al", "alec", "sandy", "xander", "lex"}},
	{"alexandra", []string{"alex", "alexa", "sandra", "sandy", "lexi", "allie"}},
	{"alfred", []string{"al", "alf", "alfie", "fred", "freddie"}},
	{"alice", []string{"allie", "ally"}},
	{"allison", []string{"allie", "ally", "ali"}},
	{"amanda", []string{"mandy", "manda"}},
	{"andrew", []string{"andy", "drew"}},
	{"angela", []string{"angie", "angel"}},
	{"anne", []string{"ann", "annie", "nan", "nanny"}},
	{"anthony", []string{"tony", "ant"}},
	{"antonia", []string{"toni", "tonia"}},
	{"arthur", []string{"art", "artie"}},
	{"barbara", []string{"barb", "barbie", "babs", "bobbie"}},
	{"benjamin", []string{"ben", "benny", "benji"}},
	{"bernard", []string{"bernie", "bern"}},
	{"beverly", []string{"bev"}},
	{"bradley", []string{"brad"}},
	{"calvin", []string{"cal"}},
	{"cameron", []string{"cam"}},
	{"carolyn", []string{"carol", "carrie"}},
	{"catherine", []string{"cathy", "cath", "cate", "kate", "katie", "kathy", "cat"}},
	{"charles", []string{"charlie", "chuck", "chas", "chaz", "chip", "chuckie"}},
	{"charlotte", []string{"charlie", "lottie", "lotte"}},
	{"christopher", []string{"chris", "kit", "topher", "chrissy"}},
	{"christina", []string{"chris", "tina", "christy", "chrissy", "kristy"}},
	{"christine", []string{"chris", "tina", "christy", "chrissy"}},
	{"clifford", []string{"cliff"}},
	{"cynthia", []string{"cindy", "cyndi", "cyn"}},
	{"daniel", []string{"dan", "danny"}},
	{"danielle", []string{"dani"}},
	{"david", []string{"dave", "davey", "davy"}},
	{"deborah", []string{"debbie", "deb", "debby", "debra"}},
	{"dennis", []string{"denny"}},
	{"donald", []string{"don", "donnie", "donny"}},
	{"dorothy", []string{"dot", "dottie", "dolly"}},
	{"douglas", []string{"doug"}},
	{"edward", []string{"ed", "eddie", "eddy", "ned", "ted", "teddy"}},
	{"edwin", []string{"ed", "eddie", "win"}},
	{"eleanor", []string{"ellie", "nell", "nellie", "nora"}},
	{"elizabeth", []string{"liz", "lizzie", "beth", "betty", "betsy", "bess", "bessie", "eliza", "libby", "liza", "ellie", "elsie"}},
	{"emily", []string{"em", "emmy", "millie"}},
	{"eugene", []string{"gene"}},
	{"evelyn", []string{"evie", "eve"}},
	{"frances", []string{"fran", "frannie", "francie"}},
	{"francis", []string{"frank", "fran", "frankie"}},
	{"franklin", []string{"frank", "frankie"}},
	{"frederick", []string{"fred", "freddie", "freddy", "fritz"}},
	{"gabriel", []string{"gabe"}},
	{"gabrielle", []string{"gabby", "gabi", "brie"}},
	{"gerald", []string{"gerry", "jerry"}},
	{"geraldine", []string{"gerry", "geri", "dina"}},
	{"gertrude", []string{"gertie", "trudy"}},
	{"gregory", []string{"greg"}},
	{"harold", []string{"hal", "harry"}},
	{"henry", []string{"hank", "harry", "hal"}},
	{"herbert", []string{"herb", "bert"}},
	{"howard", []string{"howie"}},
	{"isabella", []string{"bella", "izzy", "isabel"}},
	{"jacob", []string{"jake", "jay"}},
	{"jacqueline", []string{"jackie", "jacqui"}},
	{"james", []string{"jim", "jimmy", "jimmie", "jamie", "jem"}},
	{"janet", []string{"jan", "jen"}},
	{"jeffrey", []string{"jeff", "geoff"}},
	{"jennifer", []string{"jen", "jenny", "jenn", "jennie"}},
	{"jeremiah", []string{"jerry"}},
	{"jessica", []string{"jess", "jessie", "jessi"}},
	{"joanne", []string{"jo", "joanie"}},
	{"john", []string{"jack", "johnny", "jon", "jonny", "jock"}},
	{"jonathan", []string{"jon", "jonny", "nate"}},
	{"joseph", []string{"joe", "joey", "jos"}},
	{"josephine", []string{"jo", "josie", "jody"}},
	{"joshua", []string{"josh"}},
	{"judith", []string{"judy", "jude"}},
	{"katherine", []string{"kathy", "kate", "katie", "kat", "kay", "kit", "kitty"}},
	{"kathleen", []string{"kathy", "kath", "kay"}},
	{"kenneth", []string{"ken", "kenny"}},
	{"kimberly", []string{"kim", "kimmy"}},
	{"lawrence", []string{"larry", "laurie"}},
	{"leonard", []string{"leo", "len", "lenny"}},
	{"louis", []string{"lou", "louie"}},
	{"louise", []string{"lou", "lulu"}},
	{"margaret", []string{"maggie", "meg", "peggy", "peg", "marge", "margie", "madge", "greta", "mae", "maisie", "midge"}},
	{"martha", []string{"marty", "mattie", "patsy"}},
	{"martin", []string{"marty"}},
	{"mary", []string{"molly", "polly", "mae", "mamie", "mimi", "minnie"}},
	{"matthew", []string{"matt", "matty"}},
	{"melissa", []string{"mel", "missy", "lissa"}},
	{"michael", []string{"mike", "mikey", "mick", "mickey", "mitch"}},
	{"michelle", []string{"shelly", "shelley", "mickey", "chelle"}},
	{"mildred", []string{"millie", "milly"}},
	{"mitchell", []string{"mitch"}},
	{"nathaniel", []string{"nate", "nat", "nathan"}},
	{"nicholas", []string{"nick", "nicky", "nico"}},
	{"nicole", []string{"nikki", "nicky", "nic"}},
	{"olivia", []string{"liv", "livvy", "ollie"}},
	{"oliver", []string{"ollie", "ol"}},
	{"pamela", []string{"pam", "pammy"}},
	{"patricia", []string{"pat", "patty", "patti", "trish", "tricia", "patsy"}},
	{"patrick", []string{"pat", "paddy", "rick"}},
	{"peter", []string{"pete"}},
	{"philip", []string{"phil", "pip"}},
	{"phillip", []string{"phil"}},
	{"rebecca", []string{"becky", "becca", "becki"}},
	{"richard", []string{"rick", "ricky", "rich", "richie", "dick", "rico"}},
	{"robert", []string{"bob", "bobby", "rob", "robbie", "bert", "bobbie"}},
	{"roberta", []string{"bobbie", "robbie", "bertie"}},
	{"ronald", []string{"ron", "ronnie", "ronny"}},
	{"rosemary", []string{"rose", "rosie"}},
	{"russell", []string{"russ", "rusty"}},
	{"samuel", []string{"sam", "sammy"}},
	{"samantha", []string{"sam", "sammy", "sammie"}},
	{"sandra", []string{"sandy", "sandi"}},
	{"sarah", []string{"sara", "sally", "sadie"}},
	{"stephanie", []string{"steph", "stevie"}},
	{"stephen", []string{"steve", "stevie", "steph"}},
	{"steven", []string{"steve", "stevie"}},
	{"susan", []string{"sue", "susie", "suzy", "sukie"}},
	{"suzanne", []string{"sue", "suzy", "susie"}},
	{"teresa", []string{"terry", "tess", "tessa", "terri"}},
	{"terrence", []string{"terry"}},
	{"theodore", []string{"ted", "teddy", "theo"}},
	{"thomas", []string{"tom", "tommy", "thom"}},
	{"timothy", []string{"tim", "timmy"}},
	{"valerie", []string{"val"}},
	{"victoria", []string{"vicky", "vickie", "vicki", "tori", "vic"}},
	{"vincent", []string{"vince", "vinny", "vinnie"}},
	{"virginia", []string{"ginny", "ginger", "jinny"}},
	{"walter", []string{"walt", "wally"}},
	{"william", []string{"bill", "billy", "will", "willy", "willie"}},
	{"zachary", []string{"zach", "zack", "zak"}},
}

// nickIndex maps a nickname to the canonical names that have it, in table
// order; nameIndex maps a canonical name to its row.
var nickIndex, nameIndex = func() (map[string][]string, map[string]int) {
	nick := make(map[string][]string)
	name := make(map[string]int, len(nicknameTable))
	for i, row := range nicknameTable {
		name[row.name] = i
		for _, n := range row.nicks {
			nick[n] = append(nick[n], row.name)
		}
	}
	return nick, name
}()

// CanonicalGiven returns the canonical given name for a nickname (bob →
// robert, bill → william, peggy → margaret), or the name itself, folded,
// if it is a canonical name or not a known nickname. The input is folded
// (see Fold) first, so "Bob " and "BOB" work. For nicknames of several
// names it returns the first listed (see CanonicalGivens).
func CanonicalGiven(given string) string {
	g := Fold(given)
	if _, ok := nameIndex[g]; ok {
		return g
	}
	if c := nickIndex[g]; len(c) > 0 {
		return c[0]
	}
	return g
}

// CanonicalGivens returns every canonical given name that given can stand
// for: itself if it is canonical, then the names it is a nickname of. It
// returns nil for an unknown name. "chris" gives [christopher christina
// christine].
func CanonicalGivens(given string) []string {
	g := Fold(given)
	var out []string
	if _, ok := nameIndex[g]; ok {
		out = append(out, g)
	}
	return append(out, nickIndex[g]...)
}

// Nicknames returns the common nicknames of a canonical given name
// (margaret → maggie, meg, peggy, ...), nil if none are listed. The input
// is folded first; the result is a new slice the caller may change.
func Nicknames(given string) []string {
	if i, ok := nameIndex[Fold(given)]; ok {
		return slices.Clone(nicknameTable[i].nicks)
	}
	return nil
}
