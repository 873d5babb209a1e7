fn main() {
    println!("indexer");
}
