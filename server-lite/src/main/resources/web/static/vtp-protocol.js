/*
 * VTP browser client: the signalling protocol of src-docs/protocol.md over Socket.IO, and one
 * RTCPeerConnection to the SFU. No UI code here: vtp-ui.js (or a test) listens to the events.
 *
 * Classic script (no build step): defines the globals VtpClient and VtpError. Needs the global
 * `io` of socket.io.min.js (4.x), and VtpNegotiation (vtp-negotiation.js) and VtpStats
 * (vtp-stats.js) loaded before it.
 *
 *   const client = new VtpClient();                 // same origin as the page
 *   client.on('trackadded', e => ...);              // e.detail, see EVENTS below
 *   await client.join(roomId, displayName, localStreamOrNull);   // options.token: auth token
 *   client.role, client.moderator                   // from the join answer
 *   await client.setPaused('audio', true);          // mute: track disabled + pause-producer
 *   await client.leave();
 *
 * Events (CustomEvent, payload in `detail`):
 *   peerjoined      {peerId, displayName, role}
 *   removed         {reason}         a moderator removed us from the room (then statechange failed)
 *   roomclosed      {reason}         the class is over for good: 'ended' (the host stopped the
 *                                    server) or 'deleted' (the class was deleted); media is
 *                                    stopped, statechange ended follows, no reconnection
 *   roomlocked      {locked}         a moderator locked or unlocked the room
 *   ownproducerclosed {producerId, kind} a moderator closed one of our tracks
 *   peerleft        {peerId, displayName}
 *   trackadded      {peerId, consumerId, producerId, kind, track, stream}
 *                   stream = the browser's streams[0] (id = sending peerId), or a new stream
 *   trackremoved    {peerId, consumerId, producerId, kind, track}
 *   producerpaused  {peerId, producerId, kind, paused}
 *   connectionstate {state, source}  state = the combined state (see connectionState());
 *                   source = 'socket' | 'pc' | 'server'
 *   statechange     {state}          client life cycle: idle, joining, joined, left, failed, ended
 *   error           {error, context} error = VtpError or Error; never thrown into the void
 */
(function (global) {
  'use strict';

  const ACK_TIMEOUT_MS = 10000;

  /** An error answer ({ok:false, error:{code,message}}), a timeout or a local failure. */
  class VtpError extends Error {
    constructor(code, message, context) {
      super(message);
      this.name = 'VtpError';
      this.code = code;
      this.context = context;
    }
  }

  class VtpClient extends EventTarget {
    /**
     * @param {object} [options]
     * @param {string} [options.url] signalling origin, default the page's origin
     * @param {Function} [options.io] the Socket.IO factory, default the global `io`
     * @param {number} [options.ackTimeoutMs] per-event answer timeout, default 10 s
     * @param {RTCConfiguration} [options.rtcConfig] extra RTCPeerConnection configuration
     * @param {string} [options.token] access or guest token, sent as the handshake's auth.token
     */
    constructor(options = {}) {
      super();
      this.url = options.url || global.location.origin;
      this.ioFactory = options.io || global.io;
      this.ackTimeoutMs = options.ackTimeoutMs || ACK_TIMEOUT_MS;
      this.rtcConfig = Object.assign({bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require'},
        options.rtcConfig || {});
      this.state = 'idle';
      this.peerId = null;
      this.roomId = null;
      this.displayName = null;
      this.token = options.token || null;
      this.role = null;
      this.moderator = false;
      this.roomName = null;
      this.socket = null;
      this.pc = null;
      /** peerId -> {peerId, displayName} of the other participants. */
      this.peers = new Map();
      /** producerId -> {producerId, kind, track, transceiver, paused} of our own tracks. */
      this.producers = new Map();
      /** consumerId -> {consumerId, producerId, peerId, kind, transceiver, track}. */
      this.consumers = new Map();
      this.socketState = 'new';
      this.serverTransportState = 'new';
      /** Offer/answer rounds and trickle ICE (vtp-negotiation.js). */
      this.negotiation = new VtpNegotiation(this);
      /** newProducer events that arrive while join() still sets up; consumed at its end. */
      this.earlyProducers = [];
      this.timestamps = {};
      /** 'ended' | 'deleted' once the server closed the room (roomClosed), else null. */
      this.endReason = null;
    }

    on(type, listener) {
      this.addEventListener(type, e => listener(e.detail));
      return this;
    }

    emitEvent(type, detail) {
      this.dispatchEvent(new CustomEvent(type, {detail}));
    }

    setState(state) {
      if (this.state === state) return;
      this.state = state;
      this.emitEvent('statechange', {state});
    }

    /** Reports an error to listeners; returns it so callers can rethrow. */
    fail(error, context) {
      const err = error instanceof Error ? error : new VtpError('INTERNAL', String(error), context);
      if (!err.context) err.context = context;
      this.emitEvent('error', {error: err, context});
      return err;
    }

    /**
     * Connects, joins the room, publishes the tracks of `localStream` (may be null for
     * listen-only) and subscribes to everyone already there. Resolves with {peerId, peers}.
     */
    async join(roomId, displayName, localStream) {
      if (this.state !== 'idle') throw new VtpError('ALREADY_JOINED', 'join() may be called once');
      this.setState('joining');
      this.timestamps.joinStartedAt = Date.now();
      try {
        await this.connectSocket();
        const answer = await this.request('join-room', {roomId, displayName});
        this.timestamps.joinedAt = Date.now();
        this.peerId = answer.peerId;
        this.roomId = answer.roomId || roomId;
        this.displayName = answer.displayName || displayName;
        this.role = answer.role || null;
        this.moderator = !!answer.moderator;
        this.roomName = answer.roomName || this.roomId;
        this.createPeerConnection();
        const tracks = localStream ? localStream.getTracks() : [];
        for (const track of tracks) await this.produce(track, localStream);
        for (const peer of answer.peers || []) {
          this.addPeer(peer);
          for (const producer of peer.producers || []) await this.consume(producer.producerId, producer.paused);
        }
        for (const producerId of this.earlyProducers.splice(0)) await this.consume(producerId, false);
        this.setState('joined');
        this.updateConnectionState('socket');
        this.negotiation.request();
        return {peerId: this.peerId, peers: [...this.peers.values()]};
      } catch (err) {
        if (this.state !== 'ended') this.setState('failed');
        this.closeMedia();
        if (this.socket) this.socket.disconnect();
        this.updateConnectionState('socket');
        throw this.fail(err, 'join');
      }
    }

    connectSocket() {
      if (typeof this.ioFactory !== 'function') {
        return Promise.reject(new VtpError('INTERNAL', 'Socket.IO client (io) is not loaded'));
      }
      // Websocket only: netty-socketio loses events on the polling -> websocket upgrade.
      // No automatic reconnection: the server leaves the room of a socket that disconnects.
      const options = {transports: ['websocket'], reconnection: false, timeout: this.ackTimeoutMs};
      if (this.token) options.auth = {token: this.token};
      const socket = this.ioFactory(this.url, options);
      this.socket = socket;
      this.socketState = 'connecting';
      this.updateConnectionState('socket');
      this.bindServerEvents(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => {
          this.socketState = 'connected';
          resolve();
        });
        socket.once('connect_error', err => {
          this.socketState = 'failed';
          reject(new VtpError('CONNECT_FAILED', 'Cannot reach the server: ' + (err && err.message)));
        });
      });
    }

    bindServerEvents(socket) {
      socket.on('disconnect', reason => this.onSocketDisconnect(reason));
      socket.on('peerJoined', p => this.guard('peerJoined', () => this.addPeer(p)));
      socket.on('peerLeft', p => this.guard('peerLeft', () => this.removePeer(p.peerId)));
      socket.on('newProducer', p => this.guard('newProducer', () => this.onNewProducer(p)));
      socket.on('producerClosed', p => this.guard('producerClosed', () => this.onProducerClosed(p)));
      socket.on('producerPaused', p => this.guard('producerPaused', () => this.onProducerPaused(p)));
      // Handled at once, not in guard()'s microtask: the disconnect that follows must find it.
      socket.on('roomClosed', p => this.onRoomClosed(p));
      socket.on('removed', p => this.guard('removed', () => this.emitEvent('removed', {reason: p.reason})));
      socket.on('roomLocked', p => this.guard('roomLocked', () => this.emitEvent('roomlocked', {locked: !!p.locked})));
      socket.on('transportState', p => this.guard('transportState', () => {
        this.serverTransportState = p.state;
        this.updateConnectionState('server');
      }));
    }

    /** Runs a server event handler; a failure becomes an 'error' event, never an uncaught one. */
    guard(context, fn) {
      Promise.resolve().then(fn).catch(err => this.fail(err, context));
    }

    /** Emits an event and resolves with the success answer; rejects on error answer or timeout. */
    request(event, payload) {
      return new Promise((resolve, reject) => {
        if (!this.socket || !this.socket.connected) {
          reject(new VtpError('NOT_CONNECTED', 'Not connected to the server', event));
          return;
        }
        this.socket.timeout(this.ackTimeoutMs).emit(event, payload, (err, answer) => {
          if (err) {
            reject(new VtpError('TIMEOUT', `No answer to ${event} within ${this.ackTimeoutMs} ms`, event));
          } else if (!answer || answer.ok !== true) {
            const e = (answer && answer.error) || {};
            reject(new VtpError(e.code || 'INTERNAL', `${event}: ${e.message || 'refused'}`, event));
          } else {
            resolve(answer);
          }
        });
      });
    }

    createPeerConnection() {
      const pc = new RTCPeerConnection(this.rtcConfig);
      this.pc = pc;
      pc.onicecandidate = e => this.negotiation.onLocalCandidate(e.candidate);
      pc.onconnectionstatechange = () => this.updateConnectionState('pc');
      pc.ontrack = e => this.onTrack(e);
    }

    /** Reserves a producer id and adds a sendonly transceiver; the next offer binds it. */
    async produce(track, stream) {
      const {producerId} = await this.request('produce', {kind: track.kind});
      const transceiver = this.pc.addTransceiver(track, {direction: 'sendonly', streams: [stream]});
      this.producers.set(producerId, {producerId, kind: track.kind, track, transceiver, paused: false});
      return producerId;
    }

    /** Reserves a consumer id and adds a recvonly transceiver; the next offer binds it. */
    async consume(producerId, paused) {
      if ([...this.consumers.values()].some(c => c.producerId === producerId)) return null;
      const answer = await this.request('consume', {producerId});
      const transceiver = this.pc.addTransceiver(answer.kind, {direction: 'recvonly'});
      this.consumers.set(answer.consumerId, {consumerId: answer.consumerId, producerId,
        peerId: answer.peerId, kind: answer.kind, transceiver, track: null, paused: !!paused});
      return answer.consumerId;
    }

    // Stops a transceiver we no longer use, except the first: that m-section is the BUNDLE tag, and
    // rejecting it moves media to a new transport (an ICE restart the SFU refuses). The first one
    // is parked inactive; the SFU answers it inactive.
    retire(transceiver) {
      if (transceiver.direction === 'stopped' || transceiver.currentDirection === 'stopped') return;
      const first = this.pc.getTransceivers()[0];
      if (first === transceiver) transceiver.direction = 'inactive';
      else transceiver.stop();
    }

    liveTransceivers() {
      return this.pc.getTransceivers().filter(t => t.direction !== 'stopped');
    }

    /** Receive statistics per consumer (see VtpStats.inbound in vtp-stats.js). */
    inboundStats() {
      return VtpStats.inbound(this.consumers.values());
    }

    onTrack(event) {
      const consumer = [...this.consumers.values()].find(c => c.transceiver === event.transceiver);
      if (!consumer) return;
      consumer.track = event.track;
      // The answer's a=msid:<peerId> <consumerId> makes streams[0].id the sending peer's id.
      const stream = event.streams[0] || new MediaStream([event.track]);
      if (!this.timestamps.firstTrackAt) this.timestamps.firstTrackAt = Date.now();
      this.emitEvent('trackadded', {peerId: consumer.peerId, consumerId: consumer.consumerId,
        producerId: consumer.producerId, kind: consumer.kind, track: event.track, stream,
        paused: consumer.paused});
    }

    async onNewProducer({producerId, peerId}) {
      if (peerId === this.peerId) return;
      if (this.state === 'joining') {
        this.earlyProducers.push(producerId);
        return;
      }
      if (this.state !== 'joined') return;
      await this.consume(producerId, false);
      this.negotiation.request();
    }

    onProducerClosed({producerId}) {
      const own = this.producers.get(producerId);
      if (own) {
        // A moderator closed one of our tracks: stop sending it.
        this.producers.delete(producerId);
        own.track.stop();
        if (own.transceiver) this.retire(own.transceiver);
        this.emitEvent('ownproducerclosed', {producerId, kind: own.kind});
        this.negotiation.request();
        return;
      }
      for (const consumer of [...this.consumers.values()]) {
        if (consumer.producerId !== producerId) continue;
        this.consumers.delete(consumer.consumerId);
        this.retire(consumer.transceiver);
        this.emitEvent('trackremoved', {peerId: consumer.peerId, consumerId: consumer.consumerId,
          producerId, kind: consumer.kind, track: consumer.track});
        this.negotiation.request();
      }
    }

    onProducerPaused({producerId, peerId, paused}) {
      const consumer = [...this.consumers.values()].find(c => c.producerId === producerId);
      if (consumer) consumer.paused = paused;
      this.emitEvent('producerpaused', {peerId, producerId, paused, kind: consumer ? consumer.kind : null});
    }

    addPeer({peerId, displayName, role}) {
      if (peerId === this.peerId || this.peers.has(peerId)) return;
      this.peers.set(peerId, {peerId, displayName, role});
      this.emitEvent('peerjoined', {peerId, displayName, role});
    }

    removePeer(peerId) {
      const peer = this.peers.get(peerId);
      if (!peer) return;
      // The server sends producerClosed first; this covers consumers it did not name.
      for (const consumer of [...this.consumers.values()]) {
        if (consumer.peerId === peerId) this.onProducerClosed({producerId: consumer.producerId});
      }
      this.peers.delete(peerId);
      this.emitEvent('peerleft', {peerId, displayName: peer.displayName});
    }

    /** Mute/unmute the microphone or turn the camera off/on, and tell the room. */
    async setPaused(kind, paused) {
      const mine = [...this.producers.values()].filter(p => p.kind === kind);
      for (const producer of mine) {
        producer.track.enabled = !paused;
        producer.paused = paused;
        await this.request('pause-producer', {producerId: producer.producerId, paused});
      }
      return mine.length > 0;
    }

    /** Moderators only: removes a participant (the server refuses others with FORBIDDEN). */
    removeParticipant(peerId) {
      return this.request('remove-peer', {peerId});
    }

    /** Moderators only: locks or unlocks the room for new joiners. */
    lockRoom(locked) {
      return this.request('lock-room', {locked});
    }

    hasProducer(kind) {
      return [...this.producers.values()].some(p => p.kind === kind);
    }

    async leave() {
      if (this.state === 'left' || this.state === 'ended') return;
      try {
        if (this.socket && this.socket.connected && this.state === 'joined') await this.request('leave-room', {});
      } catch (err) {
        this.fail(err, 'leave');
      } finally {
        this.setState('left');
        this.closeMedia();
        if (this.socket) this.socket.disconnect();
        this.updateConnectionState('socket');
      }
    }

    closeMedia() {
      for (const p of this.producers.values()) p.track.stop();
      for (const c of this.consumers.values()) if (c.track) c.track.stop();
      if (this.pc) this.pc.close();
    }

    /**
     * roomClosed (protocol.md): the host ended the class or it was deleted. Stops all media and
     * ends the client; the server's disconnect follows and is expected, so nothing reconnects.
     */
    onRoomClosed(payload) {
      if (this.state === 'left' || this.state === 'ended') return;
      this.endReason = payload && payload.reason === 'deleted' ? 'deleted' : 'ended';
      this.timestamps.endedAt = Date.now();
      this.setState('ended');
      this.closeMedia();
      this.emitEvent('roomclosed', {reason: this.endReason});
      this.updateConnectionState('server');
    }

    onSocketDisconnect(reason) {
      this.socketState = 'disconnected';
      if (this.state === 'joined') {
        this.setState('failed');
        this.closeMedia();
        this.fail(new VtpError('DISCONNECTED', 'Lost the connection to the server (' + reason + ')'), 'socket');
      }
      this.updateConnectionState('socket');
    }

    /**
     * One state for the UI: 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed' |
     * 'ended' (the server closed the room: final).
     * The media connection decides once there is one; a room with nothing to send or receive
     * is 'connected' as soon as the join answer came.
     */
    connectionState() {
      if (this.state === 'ended') return 'ended';
      if (this.state === 'left') return 'closed';
      if (this.state === 'failed' || this.socketState === 'failed') return 'failed';
      if (this.state !== 'joined') return 'connecting';
      if (this.serverTransportState === 'failed' || this.negotiation.failed) return 'failed';
      const pcState = this.pc ? this.pc.connectionState : 'new';
      if (pcState === 'failed') return 'failed';
      if (pcState === 'disconnected') return 'reconnecting';
      if (pcState === 'connected') return 'connected';
      if (this.liveTransceivers().length === 0) return 'connected';
      return 'connecting';
    }

    updateConnectionState(source) {
      const state = this.connectionState();
      if (state === 'connected' && !this.timestamps.connectedAt) this.timestamps.connectedAt = Date.now();
      this.emitEvent('connectionstate', {state, source});
    }

  }

  global.VtpClient = VtpClient;
  global.VtpError = VtpError;
})(window);
