//! Micro-benchmarks of what one update costs inside Kadam, without Telegram:
//! one engine step, one Fluent message, and loading and saving a dialogue
//! state in a real SQLite file (WAL, on disk, as `kadam run` uses it).
//!
//! ```sh
//! cargo bench --bench engine
//! ```
//!
//! Results and their reading are in docs/performance.md.

use std::{hint::black_box, path::Path, time::Duration};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use fluent_bundle::FluentArgs;
use kadam::{
    dialogue::{
        Content, Lang,
        engine::{self, Action, Input, State},
        ui,
    },
    storage::{self as db, Db},
};

fn shipped_content() -> Content {
    let (content, diags) = Content::load(Path::new(env!("CARGO_MANIFEST_DIR")));
    content.unwrap_or_else(|| panic!("shipped content has errors: {:?}", diags.sorted()))
}

/// The callback data of the first button of the screen an outcome shows.
fn first_button(outcome: &engine::Outcome) -> String {
    let Some(screen) = outcome.screen() else { panic!("no screen shown") };
    screen
        .keyboard
        .iter()
        .flatten()
        .find_map(|b| match &b.action {
            Action::Callback(data) => Some(data.clone()),
            Action::Url(_) => None,
        })
        .expect("a screen with a callback button")
}

/// A person at the main menu in Russian, the state most updates start from.
fn at_main(content: &Content) -> State {
    let picker = engine::step(content, State::default(), Input::Command { name: "start".into(), arg: None }, None);
    let ru = picker
        .screen()
        .and_then(|screen| {
            screen.keyboard.iter().flatten().find_map(|b| match &b.action {
                Action::Callback(d) if d.ends_with(":l:ru") => Some(d.clone()),
                _ => None,
            })
        })
        .expect("the picker offers Russian");
    engine::step(content, picker.state, Input::Press(ru), None).state
}

fn bench_engine(c: &mut Criterion) {
    let content = shipped_content();
    let main = at_main(&content);
    let menu = engine::step(&content, main.clone(), Input::Command { name: "menu".into(), arg: None }, None);
    let press = first_button(&menu);

    let mut g = c.benchmark_group("engine");
    g.bench_function("step: /menu", |b| {
        b.iter_batched(
            || main.clone(),
            |state| engine::step(&content, state, Input::Command { name: "menu".into(), arg: None }, Some("ru")),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("step: press a menu button", |b| {
        b.iter_batched(
            || main.clone(),
            |state| engine::step(&content, state, Input::Press(press.clone()), Some("ru")),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("step: typed text", |b| {
        b.iter_batched(
            || main.clone(),
            |state| engine::step(&content, state, Input::Text("привет".into()), Some("ru")),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("state: JSON round trip", |b| {
        b.iter(|| {
            let json = serde_json::to_string(black_box(&menu.state)).unwrap();
            serde_json::from_str::<State>(&json).unwrap()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("fluent");
    let ru = Lang::new("ru");
    g.bench_function("plain message", |b| b.iter(|| content.locales.text(black_box(&ru), "main", None, None)));
    g.bench_function("message with variables", |b| {
        b.iter(|| {
            let mut args = FluentArgs::new();
            args.set("current", 2);
            args.set("total", 4);
            content.locales.text(black_box(&ru), ui::STEP_OF, None, Some(&args))
        })
    });
    g.finish();

    c.bench_function("content: load and check the shipped content", |b| {
        b.iter(|| Content::load(black_box(Path::new(env!("CARGO_MANIFEST_DIR")))))
    });
}

fn bench_storage(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let db = runtime.block_on(Db::open(&url)).expect("open the database");
    let content = shipped_content();
    let state =
        engine::step(&content, at_main(&content), Input::Command { name: "menu".into(), arg: None }, None).state;
    // A table the size of a busy month, so lookups go through a real B-tree.
    runtime.block_on(async {
        let mut tx = db.write.begin().await.unwrap();
        let json = serde_json::to_string(&state).unwrap();
        for i in 0..100_000 {
            sqlx::query("INSERT INTO dialogue_state (person, state, updated_at) VALUES (?, ?, 0)")
                .bind(format!("person-{i:06}"))
                .bind(&json)
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
    });

    let mut g = c.benchmark_group("storage (SQLite file, WAL, 100,000 states)");
    g.measurement_time(Duration::from_secs(5));
    let mut i = 0u32;
    g.bench_function("load a state", |b| {
        b.iter(|| {
            i = (i + 7919) % 100_000;
            runtime.block_on(db::state::load(&db, &format!("person-{i:06}"))).unwrap()
        })
    });
    g.bench_function("save a state (one commit)", |b| {
        b.iter(|| {
            i = (i + 7919) % 100_000;
            runtime.block_on(db::state::save(&db, &format!("person-{i:06}"), &state, 1)).unwrap()
        })
    });
    g.finish();
    runtime.block_on(db.close());
}

criterion_group!(benches, bench_engine, bench_storage);
criterion_main!(benches);
