/*
 * VTP browser client: the video grid of the join page (vtp-ui.js drives it). Classic script (no
 * build step): defines the global VtpGrid. Test hooks it serves are listed in vtp-ui.js.
 */
(function (global) {
  'use strict';

  /**
   * The video grid: one tile per participant (own preview first, mirrored and muted), the
   * participant's name, a placeholder while there is no video, badges for mic muted / camera
   * off. Remote audio plays through one <audio> element per consumer; remote <video> elements
   * stay muted so that autoplay is always allowed.
   */
  class VtpGrid {
    constructor(container, events) {
      this.container = container;
      this.events = events;
      this.tiles = new Map();
      this.audioElements = new Map();
      this.onAudioBlocked = () => {};
      /** Set for moderators: called with a peerId when its Remove button is pressed. */
      this.onRemove = null;
    }

    addLocal(name, stream) {
      const tile = this.tile('local', name + ' (you)');
      tile.el.dataset.local = 'true';
      if (stream && stream.getVideoTracks().length > 0) {
        tile.video.srcObject = new MediaStream(stream.getVideoTracks());
        tile.el.classList.add('has-video');
      } else {
        tile.placeholder.textContent = stream ? 'Microphone only' : 'Listen-only';
      }
    }

    renameLocal(name) {
      const tile = this.tiles.get('local');
      if (tile && name) tile.el.querySelector('.name').textContent = name + ' (you)';
    }

    addPeer(peerId, displayName, role) {
      const tile = this.tile(peerId, displayName);
      if (role && !tile.el.querySelector('.role')) {
        const badge = document.createElement('span');
        badge.className = 'role';
        badge.textContent = role;
        tile.el.querySelector('.label').append(badge);
      }
      if (this.onRemove && peerId !== 'local' && !tile.el.querySelector('.remove')) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'remove';
        button.textContent = 'Remove';
        button.onclick = () => this.onRemove(peerId);
        tile.el.append(button);
      }
      return tile;
    }

    tile(peerId, displayName) {
      let tile = this.tiles.get(peerId);
      if (tile) return tile;
      const el = document.createElement('div');
      el.className = 'tile';
      el.dataset.peerId = peerId;
      const video = document.createElement('video');
      video.autoplay = true;
      video.muted = true;
      video.playsInline = true;
      const placeholder = document.createElement('div');
      placeholder.className = 'placeholder';
      placeholder.textContent = (displayName || '?').trim().charAt(0).toUpperCase();
      const label = document.createElement('div');
      label.className = 'label';
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = displayName;
      const badges = document.createElement('span');
      badges.className = 'badges';
      label.append(name, badges);
      el.append(video, placeholder, label);
      if (peerId === 'local') this.container.prepend(el); else this.container.append(el);
      tile = {el, video, placeholder, badges, videoStream: new MediaStream(), consumers: new Map()};
      this.tiles.set(peerId, tile);
      this.layout();
      return tile;
    }

    addTrack(peerId, consumerId, track, paused) {
      const tile = this.tiles.get(peerId);
      tile.consumers.set(consumerId, track);
      if (track.kind === 'video') {
        tile.videoStream.addTrack(track);
        tile.video.srcObject = tile.videoStream;
        tile.el.classList.add('has-video');
        this.watchFirstFrame(peerId, tile.video);
        tile.video.play().catch(() => {});
      } else {
        const audio = document.createElement('audio');
        audio.autoplay = true;
        audio.srcObject = new MediaStream([track]);
        tile.el.append(audio);
        this.audioElements.set(consumerId, audio);
        audio.play().catch(() => this.onAudioBlocked());
      }
      this.setPaused(peerId, track.kind, paused);
    }

    watchFirstFrame(peerId, video) {
      const record = () => {
        if (!this.events.firstFrameAt[peerId]) this.events.firstFrameAt[peerId] = Date.now();
      };
      if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(record);
      else video.addEventListener('loadeddata', record, {once: true});
    }

    removeTrack(peerId, consumerId) {
      const tile = this.tiles.get(peerId);
      if (!tile) return;
      const track = tile.consumers.get(consumerId);
      tile.consumers.delete(consumerId);
      if (track && track.kind === 'video') {
        tile.videoStream.removeTrack(track);
        if (tile.videoStream.getVideoTracks().length === 0) tile.el.classList.remove('has-video');
      }
      const audio = this.audioElements.get(consumerId);
      if (audio) {
        audio.srcObject = null;
        audio.remove();
        this.audioElements.delete(consumerId);
      }
    }

    removePeer(peerId) {
      const tile = this.tiles.get(peerId);
      if (!tile) return;
      [...tile.consumers.keys()].forEach(id => this.removeTrack(peerId, id));
      tile.video.srcObject = null;
      tile.el.remove();
      this.tiles.delete(peerId);
      this.layout();
    }

    setPaused(peerId, kind, paused) {
      const tile = this.tiles.get(peerId);
      if (!tile || !kind) return;
      tile.el.classList.toggle(kind === 'audio' ? 'mic-off' : 'cam-off', !!paused);
    }

    resumeAudio() {
      return Promise.all([...this.audioElements.values()].map(a => a.play()));
    }

    clear() {
      [...this.tiles.keys()].forEach(id => this.removePeer(id));
    }

    /** Near-square grid: columns = ceil(sqrt(n)); CSS stacks tiles on narrow screens. */
    layout() {
      const n = Math.max(1, this.tiles.size);
      this.container.style.setProperty('--cols', String(Math.ceil(Math.sqrt(n))));
      this.container.style.setProperty('--rows', String(Math.ceil(n / Math.ceil(Math.sqrt(n)))));
      this.container.dataset.count = String(this.tiles.size);
    }
  }

  global.VtpGrid = VtpGrid;
})(window);
