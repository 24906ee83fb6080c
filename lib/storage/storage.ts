// Where documents live: outside public/, behind one interface. A folder under DATA_DIR by default;
// an S3-compatible bucket by configuration (STORAGE=s3). Keys are ours (dossiers/<id>/<document>),
// never a file name from the user.
export type StoredObject = { key: string; modifiedAt: Date };

export interface FileStorage {
  /** Writes the whole object; afterwards it is complete or absent, never half-written. */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Every object under the prefix (for the sweep of files no row refers to). */
  list(prefix: string): AsyncIterable<StoredObject>;
}

export const dossierFileKey = (dossierId: string, documentId: string): string => `dossiers/${dossierId}/${documentId}`;
