//! Plays a chart's melody (`chart::sound`) with the Web Audio API: the tools'
//! wasm does it (`src/main_tools.rs`), on the audio context the page made in
//! the reader's press (`listen`), since a browser lets a page start sound only
//! from one.

use crate::chart::sound::{Melody, LOWEST_HZ};
use web_sys::{AudioContext, GainNode, OscillatorNode};

/// A tone's loudness at its peak: quiet enough that a screen reader's speech
/// stays clear over it.
const LOUDNESS: f32 = 0.2;
/// Each tone fades in and out over this long (seconds): a tone cut off at
/// full loudness clicks.
const FADE: f64 = 0.012;
/// The first tone starts this long after the call (seconds), so it is not
/// cut short while the context starts.
const LEAD: f64 = 0.05;

/// Schedules the melody's notes on `audio`; the promise it answers settles
/// when the last note has ended. None if the context refused a note (it was
/// closed) or the melody has none.
pub fn play(audio: &AudioContext, melody: &Melody) -> Option<js_sys::Promise> {
    let start = audio.current_time() + LEAD;
    let mut last = None;
    for n in melody {
        let (from, to) = (start + n.at, start + n.at + n.length);
        let (tone, gain) = note(audio, n.cents as f32)?;
        let loud = gain.gain();
        loud.set_value_at_time(0.0, from).ok()?;
        loud.linear_ramp_to_value_at_time(LOUDNESS, from + FADE)
            .ok()?;
        loud.set_value_at_time(LOUDNESS, to - FADE).ok()?;
        loud.linear_ramp_to_value_at_time(0.0, to).ok()?;
        tone.start_with_when(from).ok()?;
        tone.stop_with_when(to).ok()?;
        last = Some(tone);
    }
    let last = last?;
    Some(js_sys::Promise::new(&mut |done, _| {
        last.set_onended(Some(&done));
    }))
}

/// A sine tone `cents` above `LOWEST_HZ` through a gain of its own,
/// connected to the speakers.
fn note(audio: &AudioContext, cents: f32) -> Option<(OscillatorNode, GainNode)> {
    let tone = audio.create_oscillator().ok()?;
    tone.frequency().set_value(LOWEST_HZ as f32);
    tone.detune().set_value(cents);
    let gain = audio.create_gain().ok()?;
    gain.gain().set_value(0.0);
    tone.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&audio.destination()).ok()?;
    Some((tone, gain))
}
