/*
 * VTP browser client: receive statistics for the page's test hook window.vtpInboundStats() and
 * the browser ITs. Classic script: defines the global VtpStats.
 */
(function (global) {
  'use strict';

  const VtpStats = {
    /**
     * Receive statistics per consumer from its receiver's inbound-rtp report:
     * [{peerId, consumerId, producerId, kind, framesDecoded, frameWidth, frameHeight,
     *   framesPerSecond, packetsReceived, packetsLost, bytesReceived, totalSamplesReceived,
     *   audioLevel}]; zeros before the first packet.
     */
    async inbound(consumers) {
      const rows = [];
      for (const c of consumers) {
        const row = {peerId: c.peerId, consumerId: c.consumerId, producerId: c.producerId, kind: c.kind,
          framesDecoded: 0, frameWidth: 0, frameHeight: 0, framesPerSecond: 0, packetsReceived: 0,
          packetsLost: 0, bytesReceived: 0, totalSamplesReceived: 0, audioLevel: 0};
        if (c.transceiver.direction !== 'stopped') {
          const report = await c.transceiver.receiver.getStats();
          report.forEach(s => {
            if (s.type !== 'inbound-rtp') return;
            for (const key of Object.keys(row)) {
              if (typeof row[key] === 'number' && typeof s[key] === 'number') row[key] = s[key];
            }
          });
        }
        rows.push(row);
      }
      return rows;
    }
  };

  global.VtpStats = VtpStats;
})(window);
