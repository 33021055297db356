package org.vtp.server.e2e;

/**
 * A scripted stand-in for {@code socket.io.min.js}, served in its place by
 * {@link StaticWebServer}, so the real client code can be exercised in a real browser before
 * the server and SFU exist. Its {@code io()} answers the protocol's events in the page itself;
 * a second RTCPeerConnection in the page plays the SFU: it answers the client's offers, sends
 * the fake camera on every consumer m-section and writes {@code a=msid:<peerId> <consumerId>}
 * as the real SFU must. The room holds Bob and Cleo, each with one video producer.
 * {@code window.fakeSfu} exposes the socket ({@code fire(event, payload)}), the events the
 * client sent ({@code log}) and the last {@code mids} map.
 */
final class FakeSignalling {

    static final String SCRIPT = """
            window.io = function () {
              const handlers = {};
              const sfu = new RTCPeerConnection();
              const consumers = {};
              let source = null;
              const socket = {
                connected: false,
                on(ev, fn) { (handlers[ev] = handlers[ev] || []).push(fn); return socket; },
                once(ev, fn) {
                  const once = payload => { handlers[ev] = handlers[ev].filter(h => h !== once); fn(payload); };
                  return socket.on(ev, once);
                },
                fire(ev, payload) { (handlers[ev] || []).slice().forEach(h => h(payload)); },
                disconnect() { socket.connected = false; },
                timeout() {
                  return {emit: (ev, payload, cb) => answer(ev, payload).then(a => cb(null, a), e => cb(e))};
                },
              };
              window.fakeSfu = {socket, sfu, log: [], mids: null};
              setTimeout(() => { socket.connected = true; socket.fire('connect'); }, 0);

              const peers = [
                {peerId: 'p-bob', displayName: 'Bob', producers: [{producerId: 'bob-video', kind: 'video', paused: false}]},
                {peerId: 'p-cleo', displayName: 'Cleo', producers: [{producerId: 'cleo-video', kind: 'video', paused: false}]},
              ];

              async function answer(ev, p) {
                window.fakeSfu.log.push(ev);
                switch (ev) {
                  case 'join-room': return {ok: true, peerId: 'p-me', roomId: p.roomId, peers};
                  case 'produce': return {ok: true, producerId: 'me-' + p.kind};
                  case 'consume': {
                    const peer = peers.find(x => x.producers.some(pr => pr.producerId === p.producerId));
                    if (!peer) return {ok: false, error: {code: 'NOT_FOUND', message: 'no producer ' + p.producerId}};
                    consumers['c-' + p.producerId] = peer.peerId;
                    return {ok: true, consumerId: 'c-' + p.producerId, producerId: p.producerId, peerId: peer.peerId, kind: 'video'};
                  }
                  case 'connect-transport': return {ok: true, sdp: await answerOffer(p)};
                  case 'ice-candidate':
                    if (p.candidate) await sfu.addIceCandidate({candidate: p.candidate, sdpMid: p.sdpMid, sdpMLineIndex: p.sdpMLineIndex});
                    return {ok: true};
                  case 'pause-producer': case 'leave-room': return {ok: true};
                  default: return {ok: false, error: {code: 'UNSUPPORTED', message: ev}};
                }
              }

              async function answerOffer({sdp, mids}) {
                window.fakeSfu.mids = mids;
                if (!source) source = await navigator.mediaDevices.getUserMedia({video: true});
                await sfu.setRemoteDescription({type: 'offer', sdp});
                for (const t of sfu.getTransceivers()) {
                  if (t.mid in mids && consumers[mids[t.mid]] && !t.sender.track) {
                    t.direction = 'sendonly';
                    await t.sender.replaceTrack(source.getVideoTracks()[0].clone());
                  }
                }
                await sfu.setLocalDescription(await sfu.createAnswer());
                if (sfu.iceGatheringState !== 'complete') {
                  await new Promise(r => sfu.addEventListener('icegatheringstatechange',
                      () => sfu.iceGatheringState === 'complete' && r()));
                }
                return withMsid(sfu.localDescription.sdp, mids);
              }

              function withMsid(sdp, mids) {
                return sdp.split(/(?=^m=)/m).map(section => {
                  const mid = (section.match(/^a=mid:(\\S+)/m) || [])[1];
                  const consumerId = mids[mid];
                  if (!consumers[consumerId]) return section;
                  return section.replace(/^a=(ssrc:\\d+ )?msid:.*\\r\\n/gm, '')
                      .replace(/^(a=mid:.*\\r\\n)/m, '$1a=msid:' + consumers[consumerId] + ' ' + consumerId + '\\r\\n');
                }).join('');
              }
              return socket;
            };
            """;

    private FakeSignalling() {
    }
}
