/*
 * VTP browser client UI for /join/<code>?name=<display name>&media=none|audio|video|both.
 * It looks the join code up (GET /api/v1/rooms/by-code/<code>). A signed-in user (access token in
 * sessionStorage 'vtp.accessToken') joins with that token. Otherwise, if the class admits guests,
 * a valid `name` joins at once as a guest (else the page asks for a name) with a guest token from
 * POST /api/v1/rooms/by-code/<code>/guest; if it does not, the page asks to sign in
 * (POST /api/v1/auth/login). `media` (default both) chooses what to send; `none`, or a
 * refused/missing camera and microphone, joins listen-only. The top bar shows the user's name and
 * role; a moderator (the class's teacher or an admin) gets Remove buttons and a Lock button.
 *
 * The grid itself is VtpGrid (vtp-grid.js); the protocol client is VtpClient (vtp-protocol.js).
 *
 * Test hooks (used by the browser ITs in org.vtp.server.e2e; keep them stable):
 *   window.vtp                the VtpClient once joining started (peerId, state, roomId, peers,
 *                             connectionState()); null before
 *   window.vtpInboundStats()  Promise of [{peerId, consumerId, producerId, kind, framesDecoded,
 *                             frameWidth, frameHeight, framesPerSecond, packetsReceived,
 *                             packetsLost, bytesReceived, totalSamplesReceived, audioLevel}],
 *                             one row per consumer, from its receiver's inbound-rtp stats
 *   window.vtpEvents          {pageLoadedAt, joinStartedAt, joinedAt, connectedAt, endedAt,
 *                             firstFrameAt: {peerId: ms}, errors: [string], listenOnly}
 *                             times are Date.now() milliseconds
 *   DOM                       #grid > .tile[data-peer-id] (own tile: data-local="true");
 *                             #conn-state[data-state] and body[data-state] =
 *                             idle|connecting|connected|reconnecting|failed|closed|ended;
 *                             #notice shows errors and the listen-only message;
 *                             #ended-panel[data-reason=ended|deleted] once the server closed
 *                             the room (the final state: no rejoin link, no reconnection)
 */
(function () {
  'use strict';

  const ROOM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
  const MEDIA_CHOICES = ['none', 'audio', 'video', 'both'];
  const STATE_TEXT = {
    idle: 'Not connected', connecting: 'Connecting…', connected: 'Connected',
    reconnecting: 'Reconnecting…', failed: 'Connection failed', closed: 'Left', ended: 'Class ended',
  };
  const ENDED_TEXT = {ended: 'The host ended the class.', deleted: 'This class was deleted.'};
  const $ = id => document.getElementById(id);

  const events = {pageLoadedAt: Date.now(), joinStartedAt: null, joinedAt: null, connectedAt: null,
    endedAt: null, firstFrameAt: {}, errors: [], listenOnly: false};
  window.vtpEvents = events;
  window.vtp = null;
  window.vtpInboundStats = () => (window.vtp ? window.vtp.inboundStats() : Promise.resolve([]));
  window.addEventListener('error', e => events.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', e => events.errors.push(String(e.reason)));

  /** roomId, name and media from /join/<room>?name=..&media=.. */
  function parseLocation() {
    const match = location.pathname.match(/\/join\/([^/]+)\/?$/);
    const params = new URLSearchParams(location.search);
    const media = (params.get('media') || 'both').toLowerCase();
    return {
      roomId: match ? decodeURIComponent(match[1]) : '',
      name: params.get('name'),
      media: MEDIA_CHOICES.includes(media) ? media : 'both',
    };
  }

  function validName(name) {
    const trimmed = (name || '').trim();
    return trimmed.length >= 1 && trimmed.length <= 64 ? trimmed : null;
  }

  function showNotice(text, kind) {
    const notice = $('notice');
    notice.textContent = text;
    notice.dataset.kind = kind || 'error';
    notice.hidden = false;
  }

  function setConnectionState(state) {
    const badge = $('conn-state');
    badge.textContent = STATE_TEXT[state] || state;
    badge.dataset.state = state;
    document.body.dataset.state = state;
  }

  const TOKEN_KEY = 'vtp.accessToken';

  async function api(method, path, body) {
    const response = await fetch(path, {method, headers: body ? {'Content-Type': 'application/json'} : {},
      body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin'});
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    if (!response.ok) {
      const err = new Error((json && json.error && json.error.message) || ('HTTP ' + response.status));
      err.status = response.status;
      throw err;
    }
    return json || {};
  }

  async function start() {
    const {roomId: code, name, media} = parseLocation();
    $('room-name').textContent = code;
    document.title = 'VTP class ' + code;
    if (!ROOM_PATTERN.test(code)) {
      showNotice('This join link is not valid: the class name must be 1 to 64 letters, digits, "-" or "_".');
      return;
    }
    let classroom;
    try {
      classroom = await api('GET', '/api/v1/rooms/by-code/' + encodeURIComponent(code));
    } catch (err) {
      showNotice(err.status === 404 ? 'There is no class with this join link.' : 'Could not open the class: ' + err.message);
      return;
    }
    $('room-name').textContent = classroom.name;
    document.title = 'VTP class ' + classroom.name;
    const accessToken = sessionStorage.getItem(TOKEN_KEY);
    const nameFromUrl = validName(name);
    if (accessToken) {
      join(classroom.roomId, nameFromUrl || '', media, accessToken);
    } else if (!classroom.guestsAllowed) {
      askToSignIn(classroom, media);
    } else if (nameFromUrl) {
      joinAsGuest(code, classroom, nameFromUrl, media);
    } else {
      askForName(code, classroom, media, name);
    }
  }

  async function joinAsGuest(code, classroom, name, media) {
    try {
      const guest = await api('POST', '/api/v1/rooms/by-code/' + encodeURIComponent(code) + '/guest', {displayName: name});
      join(guest.roomId, name, media, guest.token);
    } catch (err) {
      showNotice('Could not join the class: ' + err.message);
      setConnectionState('failed');
    }
  }

  function askForName(code, classroom, media, suggested) {
    const form = $('join-form');
    const input = $('name-input');
    input.value = suggested || '';
    form.hidden = false;
    input.focus();
    form.addEventListener('submit', event => {
      event.preventDefault();
      const name = validName(input.value);
      $('name-error').hidden = !!name;
      input.setAttribute('aria-invalid', String(!name));
      if (!name) return;
      form.hidden = true;
      const url = new URL(location.href);
      url.searchParams.set('name', name);
      history.replaceState(null, '', url);
      joinAsGuest(code, classroom, name, media);
    });
  }

  function askToSignIn(classroom, media) {
    const form = $('signin-form');
    form.hidden = false;
    $('email-input').focus();
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const error = $('signin-error');
      error.hidden = true;
      try {
        const answer = await api('POST', '/api/v1/auth/login',
          {email: $('email-input').value.trim(), password: $('password-input').value});
        sessionStorage.setItem(TOKEN_KEY, answer.accessToken);
        form.hidden = true;
        join(classroom.roomId, '', media, answer.accessToken);
      } catch (err) {
        error.textContent = err.status === 401 ? 'Wrong email or password.' : 'Could not sign in: ' + err.message;
        error.hidden = false;
      }
    });
  }

  async function openLocalMedia(media) {
    if (media === 'none') return null;
    const wantAudio = media === 'audio' || media === 'both';
    const wantVideo = media === 'video' || media === 'both';
    try {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        throw new Error('this page is not on a secure origin (https)');
      }
      return await navigator.mediaDevices.getUserMedia({
        audio: wantAudio,
        video: wantVideo ? {width: {ideal: 640}, height: {ideal: 360}, frameRate: {ideal: 30}} : false,
      });
    } catch (err) {
      showNotice('Camera/microphone unavailable (' + (err.message || err.name) + '): you joined listen-only.', 'info');
      return null;
    }
  }

  async function join(roomId, name, media, token) {
    setConnectionState('connecting');
    const client = new VtpClient({token});
    window.vtp = client;
    const grid = new VtpGrid($('grid'), events);
    wireClient(client, grid);
    events.joinStartedAt = Date.now();
    try {
      const stream = await openLocalMedia(media);
      events.listenOnly = !stream;
      if (media === 'none') showNotice('Listen-only: you are not sending camera or microphone.', 'info');
      grid.addLocal(name || 'You', stream);
      await client.join(roomId, name || undefined, stream);
      grid.renameLocal(client.displayName);
      events.joinedAt = client.timestamps.joinedAt;
      showWho(client);
      wireControls(client, grid);
    } catch (err) {
      if (err.code === 'CONNECT_FAILED' && /UNAUTHENTICATED/.test(err.message)) sessionStorage.removeItem(TOKEN_KEY);
      showNotice('Could not join the class: ' + err.message);
      setConnectionState('failed');
    }
  }

  function showWho(client) {
    $('who-name').textContent = client.displayName;
    $('who-role').textContent = client.role || '';
    $('who').hidden = false;
    if (client.roomName) $('room-name').textContent = client.roomName;
  }

  function wireClient(client, grid) {
    client.on('peerjoined', p => grid.addPeer(p.peerId, p.displayName, p.role));
    client.on('roomclosed', p => showEnded(grid, p.reason));
    client.on('removed', p => showNotice('You were removed from the class (' + p.reason + ').'));
    client.on('roomlocked', p => showNotice(p.locked ? 'The class is now locked.' : 'The class is unlocked.', 'info'));
    client.on('ownproducerclosed', p => showNotice('The teacher stopped your ' + (p.kind === 'audio' ? 'microphone' : 'camera') + '.', 'info'));
    client.on('peerleft', p => grid.removePeer(p.peerId));
    client.on('trackadded', t => {
      const peer = client.peers.get(t.peerId) || {};
      grid.addPeer(t.peerId, peer.displayName || 'Guest', peer.role);
      grid.addTrack(t.peerId, t.consumerId, t.track, t.paused);
    });
    client.on('trackremoved', t => grid.removeTrack(t.peerId, t.consumerId));
    client.on('producerpaused', p => grid.setPaused(p.peerId, p.kind, p.paused));
    client.on('connectionstate', s => {
      setConnectionState(s.state);
      if (s.state === 'connected' && !events.connectedAt) events.connectedAt = Date.now();
    });
    client.on('statechange', s => {
      if (s.state === 'left') showLeft(grid);
    });
    client.on('error', e => {
      events.errors.push(e.error.message);
      showNotice(e.error.message);
    });
    grid.onAudioBlocked = () => {
      const button = $('sound-button');
      button.hidden = false;
      button.onclick = () => grid.resumeAudio().then(() => { button.hidden = true; });
    };
    window.addEventListener('pagehide', () => client.leave());
  }

  function wireControls(client, grid) {
    $('controls').hidden = false;
    toggleButton($('mic-button'), client, grid, 'audio', 'Mute mic', 'Unmute mic');
    toggleButton($('cam-button'), client, grid, 'video', 'Camera off', 'Camera on');
    $('leave-button').onclick = () => client.leave();
    if (client.moderator) wireModeration(client, grid);
  }

  function wireModeration(client, grid) {
    grid.onRemove = peerId => client.removeParticipant(peerId)
      .catch(err => showNotice('Could not remove: ' + err.message));
    for (const peer of client.peers.values()) grid.addPeer(peer.peerId, peer.displayName, peer.role);
    const lock = $('lock-button');
    let locked = false;
    lock.hidden = false;
    lock.onclick = async () => {
      try {
        await client.lockRoom(!locked);
        locked = !locked;
        lock.textContent = locked ? 'Unlock class' : 'Lock class';
        lock.setAttribute('aria-pressed', String(locked));
      } catch (err) {
        showNotice('Could not lock: ' + err.message);
      }
    };
  }

  function toggleButton(button, client, grid, kind, onLabel, offLabel) {
    button.disabled = !client.hasProducer(kind);
    let paused = false;
    button.onclick = async () => {
      button.disabled = true;
      try {
        await client.setPaused(kind, !paused);
        paused = !paused;
        button.textContent = paused ? offLabel : onLabel;
        button.setAttribute('aria-pressed', String(paused));
        grid.setPaused('local', kind, paused);
      } catch (err) {
        showNotice('Could not change ' + kind + ': ' + err.message);
      } finally {
        button.disabled = false;
      }
    };
  }

  /** The final state after roomClosed: media already stopped by the client; nothing to rejoin. */
  function showEnded(grid, reason) {
    events.endedAt = Date.now();
    grid.clear();
    $('controls').hidden = true;
    $('notice').hidden = true;
    const panel = $('ended-panel');
    panel.dataset.reason = reason;
    $('ended-text').textContent = ENDED_TEXT[reason] || ENDED_TEXT.ended;
    panel.hidden = false;
  }

  function showLeft(grid) {
    grid.clear();
    $('controls').hidden = true;
    const url = new URL(location.href);
    $('rejoin-link').href = url.pathname + url.search;
    $('left-panel').hidden = false;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
