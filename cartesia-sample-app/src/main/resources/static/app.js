'use strict';

(() => {
	const form = document.getElementById('speak-form');
	const text = document.getElementById('text');
	const voice = document.getElementById('voice');
	const voiceDescription = document.getElementById('voice-description');
	const speak = document.getElementById('speak');
	const player = document.getElementById('player');
	const message = document.getElementById('message');
	const refresh = document.getElementById('refresh');
	const descriptions = new Map();
	let requestedAt = 0;

	function say(textContent, isError) {
		message.textContent = textContent;
		message.classList.toggle('error', Boolean(isError));
	}

	async function errorOf(response) {
		try {
			const body = await response.json();
			return body.error || `${response.status} ${response.statusText}`;
		}
		catch (ignored) {
			return `${response.status} ${response.statusText}`;
		}
	}

	function describeVoice() {
		voiceDescription.textContent = descriptions.get(voice.value) || '';
	}

	async function loadVoices() {
		try {
			const response = await fetch('api/voices', { headers: { Accept: 'application/json' } });
			if (!response.ok) {
				throw new Error(await errorOf(response));
			}
			const voices = await response.json();
			const options = voices.map((item) => {
				const option = new Option(item.language ? `${item.name} (${item.language})` : item.name, item.id);
				option.selected = item.configured;
				descriptions.set(item.id, item.description);
				return option;
			});
			if (options.length === 0) {
				options.push(new Option('Configured default voice', ''));
			}
			voice.replaceChildren(...options);
			voice.disabled = false;
			speak.disabled = false;
			describeVoice();
		}
		catch (error) {
			voice.replaceChildren(new Option('Configured default voice', ''));
			speak.disabled = false;
			say(`Could not list the voices: ${error.message}`, true);
		}
	}

	async function loadHealth() {
		const application = document.getElementById('health-application');
		const cartesia = document.getElementById('health-cartesia');
		const version = document.getElementById('health-version');
		try {
			const response = await fetch('actuator/health', { headers: { Accept: 'application/json' } });
			const health = await response.json();
			const component = (health.components || {}).cartesia || { status: 'UNKNOWN' };
			application.textContent = application.dataset.status = health.status;
			cartesia.textContent = cartesia.dataset.status = component.status;
			version.textContent = (component.details || {}).version || '–';
		}
		catch (error) {
			application.textContent = application.dataset.status = 'UNKNOWN';
			cartesia.textContent = cartesia.dataset.status = 'UNKNOWN';
			version.textContent = '–';
		}
	}

	function statistic(metric, name) {
		const measurement = metric.measurements.find((item) => item.statistic === name);
		return measurement ? measurement.value : 0;
	}

	async function loadTimer(row, names) {
		let count = 0;
		let mean = '–';
		if (names.includes(row.dataset.metric)) {
			const response = await fetch(`actuator/metrics/${row.dataset.metric}`,
				{ headers: { Accept: 'application/json' } });
			if (response.ok) {
				const metric = await response.json();
				count = statistic(metric, 'COUNT');
				if (count > 0) {
					mean = `${Math.round((statistic(metric, 'TOTAL_TIME') / count) * 1000)} ms`;
				}
			}
		}
		row.querySelector('.count').textContent = String(count);
		row.querySelector('.mean').textContent = mean;
	}

	async function loadTimers() {
		const response = await fetch('actuator/metrics', { headers: { Accept: 'application/json' } });
		const names = response.ok ? (await response.json()).names : [];
		const rows = Array.from(document.querySelectorAll('tr[data-metric]'));
		await Promise.allSettled(rows.map((row) => loadTimer(row, names)));
	}

	function loadStatus() {
		return Promise.allSettled([loadHealth(), loadTimers()]);
	}

	async function explainFailure(url) {
		try {
			const response = await fetch(url);
			return response.ok ? 'the browser could not play the audio' : await errorOf(response);
		}
		catch (error) {
			return error.message;
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (text.value.trim() === '') {
			say('Type some text first.', true);
			text.focus();
			return;
		}
		const query = new URLSearchParams({ text: text.value });
		if (voice.value) {
			query.set('voiceId', voice.value);
		}
		requestedAt = performance.now();
		say('Generating…');
		player.hidden = false;
		player.src = `api/speech/stream?${query}`;
		player.play().catch((error) => {
			if (error.name !== 'AbortError' && !player.error) {
				say(`Playback did not start: ${error.message}`, true);
			}
		});
	});

	player.addEventListener('playing', () => {
		if (requestedAt > 0) {
			say(`Playing: first audio after ${Math.round(performance.now() - requestedAt)} ms.`);
			requestedAt = 0;
		}
		loadStatus();
	});

	player.addEventListener('ended', () => {
		say('Done.');
		loadStatus();
	});

	player.addEventListener('error', async () => {
		if (!player.getAttribute('src')) {
			return;
		}
		const reason = (player.error && player.error.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED)
			? await explainFailure(player.src) : 'the audio stream broke off';
		say(`Could not play the speech: ${reason}`, true);
		loadStatus();
	});

	voice.addEventListener('change', describeVoice);
	refresh.addEventListener('click', loadStatus);

	loadVoices();
	loadStatus();
})();
