package verify

// Leases have no system of record in the data: there is no GSA lease
// inventory to say what a lease would still have cost. Every positive
// lease claim is therefore unverifiable (status "unverifiable", finding
// Unverifiable with that reason). The checks that need no record still
// run: zero or negative claims, and the same lease (location, agency and
// square feet) claimed twice.
const leaseReason = "There is no system of record for leases in the data (no GSA lease inventory)"
