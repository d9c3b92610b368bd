-- A database made before V1 said NOCACHE keeps a sequence that caches 1000 numbers, which a Galera cluster refuses
-- to use or to restore from a dump (error 1235). Numbers go on from where they are; a fresh database changes nothing.
ALTER SEQUENCE crd_serial NOCACHE;
