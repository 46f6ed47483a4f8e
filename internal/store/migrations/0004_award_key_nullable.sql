-- 0004: the bulk loader inserts every record a file holds into awards and
-- then deletes, in the same transaction, the ones with no award key (rows
-- of a joined claims file whose award was not found); the key may be NULL
-- for that moment.
ALTER TABLE awards ALTER COLUMN key DROP NOT NULL;
