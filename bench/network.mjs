// The network and CPU profiles the benchmark loads pages under (Chrome DevTools Protocol): `none` is the
// local server as it is (round trips well under a millisecond); `MOBILE` is a phone on a slow mobile network,
// Lighthouse's "slow 4G" numbers: 150 ms round trip, 1.6 Mbps down, 750 kbps up, the CPU 4x slower.
export const MOBILE = {id: 'mobile', label: 'mobile (150 ms RTT, 1.6 Mbps down, 4× CPU)', latency: 150, download: 1.6e6, upload: 750e3, rate: 4};

/** Applies `profile` to a page's CDP session (before it navigates). */
export async function emulate(client, profile) {
  await client.send('Network.enable');
  await client.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.download / 8,
    uploadThroughput: profile.upload / 8,
  });
  await client.send('Emulation.setCPUThrottlingRate', {rate: profile.rate});
}
