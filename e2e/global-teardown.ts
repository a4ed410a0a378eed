import fs from 'node:fs';

/** Removes the run's throwaway database. */
export default function globalTeardown() {
  const dataDir = process.env.ESURETY_E2E_DATA_DIR;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
