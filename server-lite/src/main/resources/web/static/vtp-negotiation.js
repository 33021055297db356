/*
 * VTP browser client: renegotiation with the SFU (protocol.md, connect-transport and
 * ice-candidate). One offer/answer round at a time, each naming every m-section's producer or
 * consumer; local ICE candidates wait for the first answer. Classic script: defines the global
 * VtpNegotiation, used by VtpClient (vtp-protocol.js).
 */
(function (global) {
  'use strict';

  class VtpNegotiation {
    /** @param client the VtpClient: its pc, producers, consumers, socket, request(), fail() */
    constructor(client) {
      this.client = client;
      this.queue = new NegotiationQueue(() => this.negotiate(), err => this.onFailed(err));
      /** The last round failed (the UI shows the connection failed until one succeeds). */
      this.failed = false;
      this.answered = false;
      this.pendingCandidates = [];
    }

    /** Asks for an offer/answer round (coalesced with one already waiting). */
    request() {
      this.queue.request();
    }

    /** Resolves when no round is running or waiting. */
    idle() {
      return this.queue.idle();
    }

    /** One offer/answer round; called only by the NegotiationQueue (one in flight at a time). */
    async negotiate() {
      const client = this.client;
      const pc = client.pc;
      if (!pc || pc.signalingState === 'closed') return;
      if (client.liveTransceivers().length === 0) return;
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      let answer;
      try {
        answer = await client.request('connect-transport', {sdp: pc.localDescription.sdp, mids: this.midMap()});
      } catch (err) {
        if (pc.signalingState === 'have-local-offer') await pc.setLocalDescription({type: 'rollback'});
        throw err;
      }
      await pc.setRemoteDescription({type: 'answer', sdp: answer.sdp});
      this.answered = true;
      this.failed = false;
      this.flushCandidates();
      client.updateConnectionState('pc');
    }

    onFailed(err) {
      this.failed = true;
      this.client.fail(err, 'negotiation');
      this.client.updateConnectionState('pc');
    }

    /** {mid: producerId | consumerId} for every live m-section of the current local offer. */
    midMap() {
      const mids = {};
      for (const p of this.client.producers.values()) if (p.transceiver.mid != null) mids[p.transceiver.mid] = p.producerId;
      for (const c of this.client.consumers.values()) if (c.transceiver.mid != null) mids[c.transceiver.mid] = c.consumerId;
      return mids;
    }

    /** Trickle ICE. Candidates wait for the first answer: the server only knows the transport then. */
    onLocalCandidate(candidate) {
      const payload = candidate
        ? {candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex}
        : {candidate: ''};
      if (!this.answered) {
        this.pendingCandidates.push(payload);
        return;
      }
      this.sendCandidate(payload);
    }

    flushCandidates() {
      const pending = this.pendingCandidates;
      this.pendingCandidates = [];
      pending.forEach(c => this.sendCandidate(c));
    }

    sendCandidate(payload) {
      const client = this.client;
      if (!client.socket || !client.socket.connected) return;
      client.request('ice-candidate', payload).catch(err => client.fail(err, 'ice-candidate'));
    }
  }

  /**
   * Serialises renegotiation: one offer in flight; requests made meanwhile are coalesced into
   * one more round after it.
   */
  class NegotiationQueue {
    constructor(run, onError) {
      this.run = run;
      this.onError = onError;
      this.running = false;
      this.pending = false;
      this.idleWaiters = [];
    }

    request() {
      this.pending = true;
      if (!this.running) this.drain();
    }

    async drain() {
      this.running = true;
      while (this.pending) {
        this.pending = false;
        try {
          await this.run();
        } catch (err) {
          this.onError(err);
        }
      }
      this.running = false;
      this.idleWaiters.splice(0).forEach(resolve => resolve());
    }

    /** Resolves when no negotiation is running or pending. */
    idle() {
      return this.running ? new Promise(resolve => this.idleWaiters.push(resolve)) : Promise.resolve();
    }
  }

  global.VtpNegotiation = VtpNegotiation;
})(window);
