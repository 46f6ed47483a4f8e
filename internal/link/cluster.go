package link

// Clustering joins records into entities: the connected components of the
// graph whose edges are the pairs at or above a threshold.

// ClusterMember is one record and the cluster it is in.
type ClusterMember struct {
	Side    int    `json:"side"` // 0 for the first table, 1 for the second
	Index   int    `json:"-"`    // row index in its table
	ID      string `json:"id"`
	Cluster string `json:"cluster"`
	Size    int    `json:"cluster_size"`
}

// Cluster returns every record with its cluster: connected components
// (union–find) of the pairs with weight >= minWeight. A cluster's id is
// the smallest record id in it (compared as strings), so it does not
// depend on pair order or worker count; in a link the id is prefixed with
// "a:" or "b:" for the table it comes from. Records are listed by table,
// then row.
func Cluster(d *Data, pairs []Pair, minWeight float64) []ClusterMember {
	n0 := d.n[0]
	total := n0
	if d.IsLink() {
		total += d.n[1]
	}
	node := func(s int, i int32) int32 {
		if s == 1 && d.IsLink() {
			return int32(n0) + i
		}
		return i
	}
	parent := make([]int32, total)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(x int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, p := range pairs {
		if p.Weight < minWeight {
			continue
		}
		x, y := find(node(0, p.A)), find(node(1, p.B))
		if x != y {
			if x < y {
				parent[y] = x
			} else {
				parent[x] = y
			}
		}
	}
	label := func(v int32) string {
		if !d.IsLink() {
			return d.RecordID(0, int(v))
		}
		if int(v) < n0 {
			return "a:" + d.RecordID(0, int(v))
		}
		return "b:" + d.RecordID(1, int(v)-n0)
	}
	best := make(map[int32]string)
	size := make(map[int32]int)
	for v := int32(0); v < int32(total); v++ {
		r := find(v)
		l := label(v)
		if cur, ok := best[r]; !ok || l < cur {
			best[r] = l
		}
		size[r]++
	}
	out := make([]ClusterMember, 0, total)
	for v := int32(0); v < int32(total); v++ {
		s, i := 0, int(v)
		if int(v) >= n0 {
			s, i = 1, int(v)-n0
		}
		r := find(v)
		out = append(out, ClusterMember{Side: s, Index: i, ID: d.RecordID(s, i), Cluster: best[r], Size: size[r]})
	}
	return out
}
