//! An order-keeping parallel map with bounded memory.
//!
//! ```text
//! producer ──(bounded queue)──▶ N workers ──▶ reorder window ──▶ sink (in input order)
//! ```
//! The producer takes a permit before it hands an item out and the sink gives the permit back
//! once the item's result is written, so at most `window` items are ever in flight — queued,
//! being worked on, or finished but waiting for an earlier one. Memory is therefore bounded by
//! the window, however long the input, and results leave in input order, which is what a
//! Hadoop Streaming or `RDD.pipe` mapper must do. (rayon's `par_iter` keeps order only by
//! collecting everything first, which is why this is plain threads and channels.)

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crossbeam_channel::{Receiver, Sender, bounded};

/// Maps `work` over `items` on `jobs` threads and feeds the results to `sink` in input order.
///
/// `sink` gets `Some(result)` in input order, and `None` whenever no result is ready (a good
/// moment to flush). `work` runs inside `catch_unwind`: a panic becomes `on_panic(message)`'s
/// result instead of taking the whole batch down. If `sink` fails, the map stops.
///
/// # Errors
/// The first error `sink` returns.
///
/// # Example
/// ```
/// let mut out = Vec::new();
/// tinbai::batch::ordered_map(
///     0..100u64,
///     4,
///     8,
///     |x| x * x,
///     |_| 0,
///     |y| { out.extend(y); Ok::<(), ()>(()) },
/// ).unwrap();
/// assert_eq!(out, (0..100u64).map(|x| x * x).collect::<Vec<_>>());
/// ```
pub fn ordered_map<T, R, E, I, W, P, S>(
    items: I,
    jobs: usize,
    window: usize,
    work: W,
    on_panic: P,
    mut sink: S,
) -> Result<(), E>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    P: Fn(String) -> R + Sync,
    S: FnMut(Option<R>) -> Result<(), E>,
{
    let window = window.max(1);
    let (permit_tx, permit_rx) = bounded::<()>(window);
    for _ in 0..window {
        let _ = permit_tx.send(());
    }
    let (item_tx, item_rx) = bounded::<(u64, T)>(window);
    let (done_tx, done_rx) = bounded::<(u64, R)>(window);
    std::thread::scope(|scope| {
        scope.spawn(move || produce(items, &permit_rx, &item_tx));
        for _ in 0..jobs.max(1) {
            let (item_rx, done_tx) = (item_rx.clone(), done_tx.clone());
            let (work, on_panic) = (&work, &on_panic);
            scope.spawn(move || {
                for (seq, item) in item_rx {
                    let result = catch_unwind(AssertUnwindSafe(|| work(item)))
                        .unwrap_or_else(|p| on_panic(panic_message(p.as_ref())));
                    if done_tx.send((seq, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop((item_rx, done_tx));
        // Dropping the receiver and the permits on error makes the other threads stop.
        reorder(done_rx, permit_tx, &mut sink)
    })
}

fn produce<T>(items: impl Iterator<Item = T>, permits: &Receiver<()>, out: &Sender<(u64, T)>) {
    for (seq, item) in (0u64..).zip(items) {
        if permits.recv().is_err() || out.send((seq, item)).is_err() {
            return;
        }
    }
}

fn reorder<R, E>(
    done: Receiver<(u64, R)>,
    permits: Sender<()>,
    sink: &mut impl FnMut(Option<R>) -> Result<(), E>,
) -> Result<(), E> {
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    loop {
        let (seq, result) = match done.try_recv() {
            Ok(got) => got,
            Err(_) => {
                sink(None)?;
                match done.recv() {
                    Ok(got) => got,
                    Err(_) => return Ok(()),
                }
            }
        };
        waiting.insert(seq, result);
        while let Some(result) = waiting.remove(&next) {
            sink(Some(result))?;
            next += 1;
            let _ = permits.send(());
        }
    }
}

pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_with_uneven_work() {
        let mut out = Vec::new();
        let work = |x: u64| {
            std::thread::sleep(std::time::Duration::from_micros((x * 7919) % 500));
            x
        };
        ordered_map(
            0..300u64,
            3,
            5,
            work,
            |_| 0,
            |y| {
                out.extend(y);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(out, (0..300).collect::<Vec<_>>());
    }

    #[test]
    #[allow(clippy::panic)]
    fn a_panic_becomes_a_result_and_a_sink_error_stops() {
        let mut out = Vec::new();
        let work = |x: u32| {
            if x == 3 {
                panic!("boom");
            }
            x.to_string()
        };
        let r = ordered_map(
            0..1000u32,
            2,
            4,
            work,
            |m| format!("panic: {m}"),
            |y| {
                out.extend(y);
                if out.len() == 6 { Err("full") } else { Ok(()) }
            },
        );
        assert_eq!(r, Err("full"));
        assert_eq!(out[3], "panic: boom");
        assert_eq!(out.len(), 6);
    }
}
