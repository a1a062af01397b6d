import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBlockedAddress, isLocalHost } from './address';

describe('SSRF address checks', () => {
  it('blocks loopback, private, link-local and other internal ranges', () => {
    for (const ip of ['127.0.0.1', '127.255.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', 'fc12::3', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      assert.equal(isBlockedAddress(ip), true, ip);
    }
  });

  it('lets public addresses through', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2400:3200::1', '2001:4860:4860::8888']) {
      assert.equal(isBlockedAddress(ip), false, ip);
    }
    assert.equal(isBlockedAddress('not-an-ip'), false);
  });

  it('recognises local hosts as a parsed URL writes them', () => {
    for (const url of ['http://localhost/', 'http://LOCALHOST./', 'http://api.localhost/', 'http://127.0.0.1:3000/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://10.1.1.1/']) {
      assert.equal(isLocalHost(new URL(url).hostname), true, url);
    }
    for (const url of ['https://example.com/', 'https://8.8.8.8/', 'https://[2400:3200::1]/', 'https://localhost.example.com/']) {
      assert.equal(isLocalHost(new URL(url).hostname), false, url);
    }
  });
});
