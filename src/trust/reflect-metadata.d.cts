/** Removes the Reflect metadata store reflect-metadata.cjs installed, if it installed one. */
export declare function removeReflectShim(): void
