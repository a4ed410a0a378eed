import { BigIntType } from '@mikro-orm/core';

/** Integer yen. A bigint column (amounts reach 10^13) read back as a JS number, never a float. */
export const yen = () => new BigIntType('number');
