// Marks the page as scripted so styles can offer the interactive variants of features.
document.documentElement.classList.add('js');
