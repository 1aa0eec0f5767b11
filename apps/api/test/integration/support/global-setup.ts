// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest runs global setup outside its module registry
import '../../../../../tools/scripts/register-path-aliases.cjs';
import { globalSetup } from '@pathways/api-testing';

export default globalSetup;
