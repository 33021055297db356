/*
 * The sign-in page (GET /signin, where GET / leads): signs in with POST /api/v1/auth/login and keeps
 * the access token in sessionStorage 'vtp.accessToken' (the join page of this tab joins with it),
 * then lists the user's classes (GET /api/v1/rooms) with their join links; teachers and admins
 * create classes here (POST /api/v1/rooms). See src-docs/rest-api.md.
 */
(() => {
  'use strict';

  const TOKEN_KEY = 'vtp.accessToken';
  const $ = id => document.getElementById(id);

  async function api(method, path, body) {
    const headers = body ? {'Content-Type': 'application/json'} : {};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch(path, {method, headers, body: body ? JSON.stringify(body) : undefined});
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    if (!response.ok) {
      const err = new Error((json && json.error && json.error.message) || ('HTTP ' + response.status));
      err.status = response.status;
      throw err;
    }
    return json || {};
  }

  function showNotice(text) {
    $('notice').textContent = text;
    $('notice').hidden = false;
  }

  function showSignIn() {
    sessionStorage.removeItem(TOKEN_KEY);
    $('home').hidden = true;
    $('who').hidden = true;
    $('signout-button').hidden = true;
    $('signin-form').hidden = false;
    $('email-input').focus();
  }

  async function signIn(event) {
    event.preventDefault();
    const error = $('signin-error');
    error.hidden = true;
    try {
      const session = await api('POST', '/api/v1/auth/login',
        {email: $('email-input').value.trim(), password: $('password-input').value});
      sessionStorage.setItem(TOKEN_KEY, session.accessToken);
      $('password-input').value = '';
      $('signin-form').hidden = true;
      await showHome();
    } catch (err) {
      error.textContent = err.status === 401 ? 'Wrong email or password.' : 'Could not sign in: ' + err.message;
      error.hidden = false;
    }
  }

  async function showHome() {
    let user;
    try {
      user = await api('GET', '/api/v1/auth/profile');
    } catch (err) {
      if (err.status === 401) return showSignIn();
      return showNotice('Could not load your profile: ' + err.message);
    }
    $('who-name').textContent = user.displayName;
    $('who-role').textContent = user.role;
    $('who').hidden = false;
    $('signout-button').hidden = false;
    $('create-form').hidden = !(user.role === 'teacher' || user.role === 'admin');
    $('home').hidden = false;
    await listClasses();
  }

  async function listClasses() {
    const list = $('class-list');
    list.replaceChildren();
    const {rooms} = await api('GET', '/api/v1/rooms');
    for (const room of rooms) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      // Same origin as this page: the join page there finds the token in this tab's sessionStorage.
      link.href = '/join/' + encodeURIComponent(room.code);
      link.className = 'join-link';
      link.dataset.roomId = room.id;
      link.textContent = room.name;
      item.append(link, ' ', Object.assign(document.createElement('code'), {textContent: room.code}));
      list.append(item);
    }
    if (!rooms.length) list.append(Object.assign(document.createElement('li'), {textContent: 'No classes yet.'}));
  }

  async function createClass(event) {
    event.preventDefault();
    const error = $('create-error');
    error.hidden = true;
    try {
      await api('POST', '/api/v1/rooms',
        {name: $('class-name-input').value.trim(), guestsAllowed: $('guests-input').checked});
      $('class-name-input').value = '';
      await listClasses();
    } catch (err) {
      error.textContent = 'Could not create the class: ' + err.message;
      error.hidden = false;
    }
  }

  function start() {
    $('signin-form').addEventListener('submit', signIn);
    $('create-form').addEventListener('submit', createClass);
    $('signout-button').onclick = showSignIn;
    if (sessionStorage.getItem(TOKEN_KEY)) showHome(); else showSignIn();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
