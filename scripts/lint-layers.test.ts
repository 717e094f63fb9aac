import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers are a lint rule, not a wiki page: each case lints one import as if it were written in the
 * named file, and checks that eslint.config.js refuses it (or lets it through) under boundaries/dependencies.
 */
const eslint = new ESLint();

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

describe('import direction', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/export/x.ts',
      "import '../transcript/transcript-pane';",
    ],
    ['lib importing a feature', 'src/lib/x.ts', "import '../features/conversations/conversations-page';"],
    ['the model importing lib', 'src/model/x.ts', "import '../lib/date-range';"],
    ['vendors importing a feature', 'src/vendors/x.ts', "import '../features/conversations/facets';"],
    ['the server importing UI code', 'server/x.ts', "import '../src/features/conversations/format';"],
    ['the server importing a vendor normalizer', 'server/x.ts', "import '../src/vendors/registry';"],
    ['the server importing the mocks', 'server/x.ts', "import '../mocks/handlers';"],
    ['the browser importing the server', 'src/lib/x.ts', "import '../../server/config';"],
  ])('refuses %s', async (_name, filePath, source) => {
    expect(await layerErrors(filePath, source)).not.toEqual([]);
  });

  it.each([
    ['a feature importing its own files', 'src/features/export/x.ts', "import './to-csv';"],
    [
      'a feature importing the model, lib and vendors',
      'src/features/export/x.ts',
      "import '../../model/conversation'; import '../../lib/date-range'; import '../../vendors/registry';",
    ],
    ['the app composing features', 'src/app/x.ts', "import '../features/conversations/conversations-page';"],
    ['the server importing the model', 'server/x.ts', "import '../src/model/conversation';"],
    ['the demo fetcher importing the mocks', 'server/demo/demo-fetcher.ts', "import '../../mocks/handlers';"],
  ])('allows %s', async (_name, filePath, source) => {
    expect(await layerErrors(filePath, source)).toEqual([]);
  });
});
