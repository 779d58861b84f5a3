//! A small, fixed pseudo-random sequence (xorshift) for the examples, so
//! every run generates the same data. Shared by the seed and the search
//! benchmark (`#[path]`-included; examples have no library of their own).

pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Skewed toward small values, as word use is.
    pub fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a * b / n
    }

    pub fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.below(from.len())]
    }

    /// A record id, in the app's form (16 hex digits).
    pub fn id(&mut self) -> String {
        format!("{:016x}", self.next())
    }
}
