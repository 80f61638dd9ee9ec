// One fixed data key for every test, so requests filed by one helper can be read by another (and no key file is written).
import { FieldCipher } from '../../src/requests/fieldCipher';

export const TEST_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

export const testCipher = (): FieldCipher => new FieldCipher([Buffer.from(TEST_DATA_KEY, 'base64')]);
