// Runs before every test file: the shared logger stays quiet unless TEST_LOG_LEVEL asks for output.
import { logger } from '../src/logger';

logger.level = process.env.TEST_LOG_LEVEL ?? 'silent';
