// A microphone for browsers that record the system's audio input (Firefox here): a second null sink in
// the run's PulseAudio, made the default source through its monitor, into which paplay says a WAV over
// and over. The browser hears real speech, as from a person at a real microphone.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { stopChild } from './stop-child.ts';

const SINK = 'vivamic';

export interface PulseMicrophone {
  /** Stops speaking, removes the sink and gives the default source back. */
  stop: () => Promise<void>;
}

function pactl(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('pactl', args, { env, timeout: 10_000 }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout.trim());
      else reject(new Error(`pactl ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
    });
  });
}

/** Makes `wav`, looped, the default audio input of the run's PulseAudio until `stop()`. */
export async function startPulseMicrophone(wav: string): Promise<PulseMicrophone> {
  const env = { ...process.env, ...inject('speechEnvironment') };
  const previousSource = await pactl(['get-default-source'], env);
  const module = await pactl(['load-module', 'module-null-sink', `sink_name=${SINK}`], env);
  await pactl(['set-default-source', `${SINK}.monitor`], env);
  let stopped = false;
  let player: ChildProcess | undefined;
  const play = () => {
    if (stopped) return;
    player = spawn('paplay', [`--device=${SINK}`, wav], { env, stdio: 'ignore' });
    player.once('exit', play);
  };
  play();
  return {
    stop: async () => {
      stopped = true;
      if (player !== undefined) await stopChild(player);
      await pactl(['set-default-source', previousSource], env).catch(() => undefined);
      await pactl(['unload-module', module], env);
    },
  };
}
