/** An export that cannot be made; `message` is for the user and says what to change. */
export class ImageExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageExportError';
  }
}
