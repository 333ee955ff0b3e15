/** What a key helper (pkcs11-tool, a notation plugin) sees of Signet's environment. */
import { helperEnvironment } from '../../src/util/subprocess.js'

test('helpers keep what they need and never see an input, a SIGNET_* secret or a runner token', () => {
  const env = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    LANG: 'C.UTF-8',
    SOFTHSM2_CONF: '/etc/softhsm2.conf',
    AWS_REGION: 'eu-west-1',
    INPUT_PASSWORD: 'input-secret',
    input_signing_key: 'lowercase-input',
    SIGNET_PASSWORD: 'cli-password',
    SIGNET_SIGNING_KEY_PASSPHRASE: 'passphrase',
    SIGNET_PKCS11_PIN: 'stale-pin',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
    GITHUB_TOKEN: 'ghs_token'
  }
  expect(helperEnvironment(env)).toEqual({
    PATH: '/usr/bin',
    HOME: '/home/runner',
    LANG: 'C.UTF-8',
    SOFTHSM2_CONF: '/etc/softhsm2.conf',
    AWS_REGION: 'eu-west-1'
  })
})
