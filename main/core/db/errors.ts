/** The file exists but this key does not open it (or it is not a database at all). */
export class DbUnreadableError extends Error {
  constructor(readonly file: string) {
    super('The local database cannot be opened with this key, or the file is damaged.');
    this.name = 'DbUnreadableError';
  }
}

/** The file was written by a newer Advisor Desk; opening it here could damage it. */
export class DbTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The local database has schema version ${found}, but this Advisor Desk understands up to ${supported}. ` +
        'It was written by a newer version of the app: update Advisor Desk to open it. The file was left untouched.',
    );
    this.name = 'DbTooNewError';
  }
}
