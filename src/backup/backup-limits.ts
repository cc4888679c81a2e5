// What the import accepts, and so what the export must stay within for its backups to be importable.

/**
 * The largest backup file the import opens. Everything it stores is held in memory until it is written,
 * because one IndexedDB transaction (all or nothing) cannot wait for file reads; this bounds that memory.
 */
export const maxBackupBytes = 1024 ** 3;

/** The largest viva-backup.json, uncompressed; its peaks take about 7% of the audio's size. */
export const maxManifestBytes = 100 * 1024 ** 2;

/**
 * Recordings are already compressed: deflating them again saves next to nothing, so audio that expands to
 * more than this many times the zip's size is not a recording (a zip bomb). At most maxBackupBytes in all.
 */
export const maxAudioExpansion = 2;

/** A zip without ZIP64 (which fflate does not write) counts its entries in 16 bits. */
export const maxZipEntries = 0xffff;
