/** ftroi's version, recorded in every results.json; a test keeps it equal to package.json's. */
export const FTROI_VERSION = '0.2.0';
