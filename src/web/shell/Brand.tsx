import { Link } from 'react-router-dom';

/** The app's name with its book mark; the mark is decorative, the name is the link text. */
export function Brand() {
  return (
    <Link to="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <path d="M32 18c-6-5-15-6-22-4v34c7-2 16-1 22 4 6-5 15-6 22-4V14c-7-2-16-1-22 4z" fill="currentColor" opacity=".25" />
        <path
          d="M32 18v34M10 14v34c7-2 16-1 22 4 6-5 15-6 22-4V14c-7-2-16-1-22 4-6-5-15-6-22-4z"
          fill="none"
          stroke="currentColor"
          strokeWidth="4"
          strokeLinejoin="round"
        />
      </svg>
      <span>SIM TPBIS</span>
    </Link>
  );
}
