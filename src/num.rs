//! Conversions between the number types relais counts with, written
//! once so the rest of the code has no `as` casts: integers saturate at
//! the target's bounds (counts never come near them: a chunk holds at most
//! 2^17 units, a token list a few thousand tokens), floats become integers
//! by clamping and rounding, and large integers become `f64` exactly below
//! 2^53.

/// `n` as `u32`, saturating.
pub fn u32_sat(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `n` as `u16`, saturating.
pub fn u16_sat(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// `n` as `u8`, saturating.
pub fn u8_sat(n: impl TryInto<u8>) -> u8 {
    n.try_into().unwrap_or(u8::MAX)
}

/// `n` as `usize`, saturating (line and column numbers on a 32-bit
/// target).
pub fn usize_sat(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// `n` as `u64`, saturating (a no-op on every target relais builds for).
pub fn u64_sat(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// `n` as `f64`: exact below 2^53, the nearest value above.
pub fn f64_from_u64(n: u64) -> f64 {
    let high = u32::try_from(n >> 32).unwrap_or(u32::MAX);
    let low = u32::try_from(n & 0xFFFF_FFFF).unwrap_or(u32::MAX);
    f64::from(high) * 4_294_967_296.0 + f64::from(low)
}

/// `n` as `f64` (see [`f64_from_u64`]).
pub fn f64_from_usize(n: usize) -> f64 {
    f64_from_u64(u64::try_from(n).unwrap_or(u64::MAX))
}

/// `n` as `f64` (see [`f64_from_u64`]).
pub fn f64_from_i64(n: i64) -> f64 {
    let magnitude = f64_from_u64(n.unsigned_abs());
    if n < 0 { -magnitude } else { magnitude }
}

/// `x` as `f32`, rounded to the nearest `f32` (scores and weights, where
/// `f32`'s precision is plenty).
pub fn f32_from_f64(x: f64) -> f32 {
    // The one narrowing float conversion: Rust has no `From` for it, and
    // rounding to the nearest `f32` is exactly what is meant.
    #[allow(clippy::cast_possible_truncation)]
    let y = x as f32;
    y
}

/// `n` as `f32` (nearest value; counts and lengths).
pub fn f32_from_usize(n: usize) -> f32 {
    f32_from_f64(f64_from_usize(n))
}

/// `n` as `f32` (nearest value).
pub fn f32_from_u32(n: u32) -> f32 {
    f32_from_f64(f64::from(n))
}

/// `n` as `i32`, saturating.
pub fn i32_sat(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// `x` rounded to the nearest integer, clamped to `0..=u32::MAX`, as
/// `usize`.
pub fn round_usize(x: f64) -> usize {
    usize::try_from(floor_u32(x.round())).unwrap_or(usize::MAX)
}

/// `x` rounded down, clamped to `0..=u32::MAX` (NaN is 0).
pub fn floor_u32(x: f64) -> u32 {
    if x.is_nan() || x <= 0.0 {
        return 0;
    }
    if x >= f64::from(u32::MAX) {
        return u32::MAX;
    }
    // Rust has no float-to-integer conversion trait; `x` is in
    // (0, u32::MAX) here, so the cast only drops the fraction.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = x.floor() as u32;
    n
}

/// `x` rounded up, clamped to `0..=u32::MAX` (NaN is 0).
pub fn ceil_u32(x: f64) -> u32 {
    floor_u32(x.ceil())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_saturate_and_round() {
        assert_eq!(u32_sat(5), 5);
        assert_eq!(u16_sat(70_000), u16::MAX);
        assert_eq!(u8_sat(300u32), u8::MAX);
        assert_eq!(usize_sat(7), 7);
        assert_eq!(f64_from_u64((1 << 40) + 3), 1_099_511_627_779.0);
        assert_eq!(f64_from_i64(-12), -12.0);
        assert_eq!(f64_from_usize(12), 12.0);
        assert_eq!(floor_u32(94.99), 94);
        assert_eq!(floor_u32(-3.0), 0);
        assert_eq!(floor_u32(f64::NAN), 0);
        assert_eq!(floor_u32(1e20), u32::MAX);
        assert_eq!(ceil_u32(2.1), 3);
    }
}
