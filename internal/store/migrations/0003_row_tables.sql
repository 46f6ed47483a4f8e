-- 0003: the evidence behind each record is the source file itself, archived
-- byte for byte under its SHA-256 beside the database (see Store.Archive),
-- not a copy of its rows in a table: storing every field again as text cost
-- more than the whole typed load. (An earlier draft of this migration,
-- applied only on development databases, kept per-source rows tables.)

DROP TABLE source_rows;
ALTER TABLE sources ADD COLUMN archive VARCHAR;
