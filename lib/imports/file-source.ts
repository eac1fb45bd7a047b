/** A stored file read piece by piece, from anywhere in it: an XLSX archive is read from its end first. */
export type FileSource = {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
};

/** Pieces of this size at a time: what the import keeps in memory of the file itself. */
export const PIECE_BYTES = 1 << 20;

/** The bytes from `start` to `end`, a piece at a time. */
export async function* sourcePieces(source: FileSource, start = 0, end = source.size): AsyncGenerator<Uint8Array> {
  for (let offset = start; offset < end; offset += PIECE_BYTES) {
    yield await source.read(offset, Math.min(PIECE_BYTES, end - offset));
  }
}

/** A file already in memory (tests, the benchmark). */
export function memorySource(bytes: Uint8Array): FileSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
