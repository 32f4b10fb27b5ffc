//! Stage timings on stderr, for profiling: `CAREPRESS_TIMINGS` for a build
//! or check ([`Timer`]), `CAREPRESS_WATCH_TIMINGS` for each incremental
//! update of `watch` ([`Laps`]). Off by default; benchmarks time whole runs.

/// Per-stage timings on stderr when `CAREPRESS_TIMINGS` is set (for
/// profiling; benchmarks measure whole runs).
pub struct Timer {
    on: bool,
    last: std::cell::Cell<std::time::Instant>,
}

impl Timer {
    /// Starts timing now.
    pub fn new() -> Timer {
        Timer { on: std::env::var_os("CAREPRESS_TIMINGS").is_some(), last: std::cell::Cell::new(std::time::Instant::now()) }
    }

    /// Prints the time since the previous mark.
    pub fn mark(&self, stage: &str) {
        if self.on {
            let now = std::time::Instant::now();
            eprintln!("[timing] {stage}: {} ms", (now - self.last.get()).as_millis());
            self.last.set(now);
        }
    }
}

impl Default for Timer {
    fn default() -> Self {
        Timer::new()
    }
}

/// Stage timings of one incremental update, printed when
/// `CAREPRESS_WATCH_TIMINGS` is set (to find which stage an edit waits on).
pub struct Laps {
    on: bool,
    t0: std::time::Instant,
    /// Each stage's name and the time since `t0` when it ended.
    stages: Vec<(&'static str, std::time::Duration)>,
}

impl Laps {
    /// Starts timing now.
    pub fn start() -> Laps {
        Laps { on: std::env::var_os("CAREPRESS_WATCH_TIMINGS").is_some(), t0: std::time::Instant::now(), stages: Vec::new() }
    }

    /// Marks the end of stage `name`.
    pub fn lap(&mut self, name: &'static str) {
        self.stages.push((name, self.t0.elapsed()));
    }

    /// Prints each stage's duration and the total, if asked for;
    /// `others` is how many other pages the update re-rendered.
    pub fn report(&self, others: usize) {
        if !self.on {
            return;
        }
        let mut last = std::time::Duration::ZERO;
        let parts: Vec<String> = self
            .stages
            .iter()
            .map(|(n, t)| {
                let d = *t - last;
                last = *t;
                format!("{n} {:.1}", d.as_secs_f64() * 1000.0)
            })
            .collect();
        eprintln!("  update {} ms: {} ({others} other page(s))", parts.join(", "), self.t0.elapsed().as_millis());
    }
}
