-- 0003: each source's records are kept in a table of their own, rows_<id>,
-- with one VARCHAR column per file column (c0, c1, ...), in file order:
-- the bulk loader stages a CSV file straight into it, so the evidence costs
-- no second copy. Claims and awards point at their record by row_index,
-- the 0-based position in that table.

DROP TABLE source_rows;
ALTER TABLE claims ADD COLUMN row_index BIGINT;
ALTER TABLE awards ADD COLUMN row_index BIGINT;
